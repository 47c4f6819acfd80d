"use client";
import { diffSnapshots, isWholeRecord } from "@/lib/audit-diff";
import type { TAuditEntry } from "@/lib/schemas/audit";
import { useFieldLabel } from "./use-value-labels";

const SHOWN = 3;

/** The names of the changed fields, so the log can be scanned without opening every entry. */
export function AuditChangeSummary({ entry }: { entry: TAuditEntry }) {
  const fieldLabel = useFieldLabel();
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
