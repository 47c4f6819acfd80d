"use client";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { TAuditEntry } from "@/lib/schemas/audit";
import { AuditActionBadge } from "./audit-action-badge";
import { AuditActor } from "./audit-actor";
import { AuditDiffTable } from "./audit-diff-table";

/** One change in a record's history: action, when, who, then what changed. */
export function HistoryEntry({ entry }: { entry: TAuditEntry }) {
  const { locale } = useI18n();
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <AuditActionBadge action={entry.action} />
        <time dateTime={entry.at} className="text-slate-700">{formatDateTime(entry.at, locale)}</time>
        <span className="text-slate-400" aria-hidden>·</span>
        <AuditActor actor={entry.actor} />
      </div>
      <AuditDiffTable entry={entry} />
    </li>
  );
}
