"use client";
import { useI18n } from "@/lib/i18n/client";
import { diffSnapshots, formatAuditValue, sameValue } from "@/lib/audit-diff";
import type { TAuditEntry } from "@/lib/schemas/audit";
import { useFieldLabel, useValueLabels } from "./use-value-labels";

function Value({ text, tone }: { text: string | null; tone: "before" | "after" }) {
  if (text === null) return <span className="text-slate-400">—</span>;
  return <span className={tone === "before" ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"}>{text}</span>;
}

/**
 * The field-level change of one audit entry: Field | Before | After. A side the entry has no
 * snapshot for (before of a create, after of a delete) gets no column.
 */
export function AuditDiffTable({ entry }: { entry: Pick<TAuditEntry, "action" | "before" | "after"> }) {
  const { m } = useI18n();
  const labels = useValueLabels();
  const fieldLabel = useFieldLabel();
  const changes = diffSnapshots(entry.action, entry.before, entry.after);
  if (changes.length === 0) return <p className="text-xs text-slate-500">{m.audit.noFieldChanges}</p>;
  const hasBefore = entry.before !== null;
  const hasAfter = entry.after !== null;
  const text = (field: string, value: unknown) =>
    field === "passwordChanged" && value === true ? m.audit.passwordChanged : formatAuditValue(field, value, labels);
  return (
    <table className="w-full max-w-4xl table-fixed text-xs">
      <thead>
        <tr className="text-left text-slate-500">
          <th scope="col" className="w-1/4 py-1 pr-3 font-medium">{m.common.history.field}</th>
          {hasBefore && <th scope="col" className="py-1 pr-3 font-medium">{m.common.history.before}</th>}
          {hasAfter && <th scope="col" className="py-1 font-medium">{m.common.history.after}</th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {changes.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="py-1 pr-3 text-left font-medium text-slate-600">{fieldLabel(c.field)}</th>
            {hasBefore && (
              // Struck through only when it was replaced; alone (a deleted record) it is just the value.
              <td className="break-words py-1 pr-3">
                <Value text={text(c.field, c.before)} tone={hasAfter && !sameValue(c.before, c.after) ? "before" : "after"} />
              </td>
            )}
            {hasAfter && <td className="break-words py-1"><Value text={text(c.field, c.after)} tone="after" /></td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
