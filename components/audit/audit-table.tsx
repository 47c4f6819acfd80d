"use client";
import { Fragment, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { TAuditEntry } from "@/lib/schemas/audit";
import { Button } from "@/components/ui/button";
import { AuditActionBadge } from "./audit-action-badge";
import { AuditActor } from "./audit-actor";
import { AuditChangeSummary } from "./audit-change-summary";
import { AuditDiffTable } from "./audit-diff-table";
import { AuditEntityLink } from "./audit-entity-link";

const th = "px-3 py-2 text-left font-medium text-slate-600";
const td = "px-3 py-2 align-top text-slate-800";

/** Audit entries with a per-row disclosure for the field-level diff (styled like components/ui DataTable). */
export function AuditTable({ entries }: { entries: TAuditEntry[] }) {
  const { m, locale } = useI18n();
  const c = m.audit.columns;
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{m.audit.caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{c.at}</th>
            <th scope="col" className={th}>{c.actor}</th>
            <th scope="col" className={th}>{c.action}</th>
            <th scope="col" className={th}>{c.entity}</th>
            <th scope="col" className={`${th} text-right`}>{c.changes}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => {
            const expanded = open.has(e.id);
            const panelId = `audit-diff-${e.id}`;
            return (
              <Fragment key={e.id}>
                <tr className="hover:bg-slate-50">
                  <td className={`${td} whitespace-nowrap`}><time dateTime={e.at}>{formatDateTime(e.at, locale)}</time></td>
                  <td className={td}><AuditActor actor={e.actor} /></td>
                  <td className={td}><AuditActionBadge action={e.action} /></td>
                  <td className={td}><AuditEntityLink entry={e} /></td>
                  <td className={`${td} text-right`}>
                    <AuditChangeSummary entry={e} />
                    <Button variant="ghost" aria-expanded={expanded} aria-controls={panelId} onClick={() => toggle(e.id)}>
                      {expanded ? m.audit.hideChanges : m.audit.showChanges}
                      <span aria-hidden className="text-xs">{expanded ? "▲" : "▼"}</span>
                    </Button>
                  </td>
                </tr>
                {expanded && (
                  <tr id={panelId} className="bg-slate-50/60">
                    <td colSpan={5} className="px-6 py-3"><AuditDiffTable entry={e} /></td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
