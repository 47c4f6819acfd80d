"use client";
import { diffSnapshots, isWholeRecord } from "@/lib/audit-diff";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TAuditEntry } from "@/lib/schemas/audit";
import { useFieldLabel } from "./use-value-labels";

const SHOWN = 3;

/** The names of the changed fields, so the log can be scanned without opening every entry. */
export function AuditChangeSummary({ entry }: { entry: TAuditEntry }) {
  const { m } = useI18n();
  const fieldLabel = useFieldLabel();
  // A security event changes nothing: where it came from is what a reader scans for.
  const address = entry.entityType === "SECURITY" ? entry.after?.sourceAddress : undefined;
  if (typeof address === "string") return <span className="text-xs text-slate-500">{fmt(m.audit.security.from, { address })}</span>;
  // Whole-record entries (create, delete, import) list every field: naming them says nothing.
  if (isWholeRecord(entry.action, entry.before, entry.after)) return null;
  const fields = diffSnapshots(entry.action, entry.before, entry.after).map((c) => fieldLabel(c.field));
  if (fields.length === 0) return null;
  const more = fields.length - SHOWN;
  return (
    <span className="text-xs text-slate-500">
      {fields.slice(0, SHOWN).join(", ")}
      {more > 0 && ` +${more}`}
    </span>
  );
}
