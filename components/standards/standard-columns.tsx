"use client";
import Link from "next/link";
import type { TStandard } from "@/lib/schemas/standard";
import type { TComplianceSummary } from "@/lib/schemas/compliance";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { ActiveBadge, SeverityBadge } from "./standard-badges";
import { localText } from "./local-text";

export type StandardCounts = TComplianceSummary["byStandard"][number];

function ResultsCell({ standard, counts }: { standard: TStandard; counts: StandardCounts | undefined }) {
  const { m, locale } = useI18n();
  const r = m.standards.results;
  if (!standard.active) return <span className="text-slate-400">{r.inactive}</span>;
  if (!counts) return <span className="text-slate-400">—</span>;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <span className="inline-flex flex-wrap gap-x-2 whitespace-nowrap text-xs">
      <span className="text-emerald-700">{fmt(r.pass, { count: n(counts.pass) })}</span>
      <span className={counts.fail ? "font-medium text-red-700" : "text-slate-500"}>{fmt(r.fail, { count: n(counts.fail) })}</span>
      {counts.waived > 0 && <span className="text-sky-700">{fmt(r.waived, { count: n(counts.waived) })}</span>}
    </span>
  );
}

/** The catalogue's columns; `counts` are pass / fail per standard id from the compliance summary. */
export function useStandardColumns(counts: ReadonlyMap<string, StandardCounts>): Column<TStandard>[] {
  const { m, locale } = useI18n();
  const f = m.standards.fields;
  return [
    { id: "key", header: f.key, sort: "key", cell: (s) => <code className="text-xs text-slate-600">{s.key}</code> },
    {
      id: "name", header: m.standards.columns.standard,
      cell: (s) => <Link href={`/standards/${s.id}`} className="font-medium text-indigo-700 hover:underline">{localText(s.text, locale).name}</Link>,
    },
    { id: "category", header: f.category, sort: "category", cell: (s) => m.enums.StandardCategory[s.category] },
    { id: "severity", header: f.severity, sort: "severity", cell: (s) => <SeverityBadge severity={s.severity} /> },
    { id: "appliesTo", header: m.standards.columns.appliesTo, cell: (s) => m.enums.SubjectType[s.appliesTo] },
    { id: "kind", header: m.standards.columns.check, cell: (s) => m.enums.CheckKind[s.check.kind] },
    { id: "active", header: f.active, cell: (s) => <ActiveBadge active={s.active} /> },
    { id: "results", header: m.standards.columns.results, cell: (s) => <ResultsCell standard={s} counts={counts.get(s.id)} /> },
  ];
}
