"use client";
import { Fragment, type ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { Messages } from "@/lib/i18n/messages";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { GRAPH_FIELDS, INTERFACE_FIELDS, SYSTEM_FIELDS } from "@/lib/standards/fields";
import type { Operator } from "@/lib/standards/operators";
import { teamDetailQuery } from "@/lib/queries/teams";
import { richFmt } from "@/components/ui/rich-fmt";

// The enum dictionary that labels a field's values (by the field's name without its graph end).
const ENUM_OF: Record<string, keyof Messages["enums"]> = {
  kind: "SystemKind", layer: "Layer", lifecycle: "Lifecycle", style: "InterfaceStyle", mode: "InterfaceMode",
  authMethod: "AuthMethod", contractFormat: "ContractFormat", deliveryGuarantee: "DeliveryGuarantee",
};

const baseName = (field: string) => field.slice(field.indexOf(".") + 1);
const specOf = (field: string) =>
  GRAPH_FIELDS[field] ?? (SYSTEM_FIELDS as Record<string, { type: string }>)[field] ?? (INTERFACE_FIELDS as Record<string, { type: string }>)[field];

/** "Layer", or for graph rules "Provider · Layer". */
export function fieldLabel(m: Messages, field: string): string {
  const t = m.standards;
  const own = (t.recordFields as Record<string, string>)[baseName(field)] ?? field;
  const end = field.includes(".") ? field.slice(0, field.indexOf(".")) : null;
  return end && end in t.ends ? fmt(t.ends.field, { end: t.ends[end as "provider"], field: own }) : own;
}

/** The operator as words; on a list field contains / in / not_in read differently. */
export function operatorLabel(m: Messages, field: string, op: Operator): string {
  if (specOf(field)?.type === "list" && op in m.standards.listOps) return m.standards.listOps[op as "contains"];
  return m.standards.ops[op];
}

/** One enum value's label, or the value itself. */
export function enumLabel(m: Messages, field: string, value: string): string {
  const dict = ENUM_OF[baseName(field)];
  return dict ? ((m.enums[dict] as Record<string, string>)[value] ?? value) : value;
}

function TeamName({ id }: { id: string }) {
  const team = useQuery({ ...teamDetailQuery(id), staleTime: 60_000, retry: false });
  if (!team.data) return <code>{id}</code>;
  return <Link href={`/teams/${team.data.id}`} className="text-indigo-700 hover:underline">{team.data.name}</Link>;
}

/** A value as a reader says it: labels for enums, yes / no, team names, lists joined. */
export function ValueText({ field, value }: { field: string; value: unknown }): ReactNode {
  const { m } = useI18n();
  const w = m.standards.words;
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <em className="not-italic text-slate-500">{w.nothing}</em>;
  }
  if (Array.isArray(value)) {
    return value.map((v, i) => <Fragment key={i}>{i > 0 && w.or}<ValueText field={field} value={v} /></Fragment>);
  }
  if (typeof value === "object") {
    const ref = (value as { ref?: string }).ref;
    return <strong className="font-medium">{ref ? fieldLabel(m, ref) : JSON.stringify(value)}</strong>;
  }
  if (typeof value === "boolean") return <strong className="font-medium">{value ? w.yes : w.no}</strong>;
  if (baseName(field) === "teamId" && typeof value === "string") return <TeamName id={value} />;
  return <strong className="font-medium">{enumLabel(m, field, String(value))}</strong>;
}

/** "Vendor is not empty", "Provider · Layer is Data". */
export function ConditionText({ field, op, value }: { field: string; op: Operator; value?: unknown }) {
  const { m } = useI18n();
  const none = op === "empty" || op === "not_empty";
  const template = none ? m.standards.words.condition.replace(/\s*\{value\}/, "") : m.standards.words.condition;
  return (
    <span>
      {richFmt(template, {
        field: <strong className="font-medium">{fieldLabel(m, field)}</strong>,
        op: operatorLabel(m, field, op),
        value: <ValueText field={field} value={value} />,
      })}
    </span>
  );
}
