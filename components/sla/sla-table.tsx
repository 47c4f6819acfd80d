"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { TSlaInterface } from "@/lib/schemas/sla";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import { DataTable, type Column } from "@/components/ui/data-table";
import { BudgetBar, ObjectiveCell } from "./objective-cell";

const SORTS: Record<string, (r: TSlaInterface) => number | string> = {
  name: (r) => r.name.toLowerCase(),
  tier: (r) => r.tier,
  availability: (r) => r.availability?.measured ?? Infinity,
  budget: (r) => r.availability?.budgetLeft ?? Infinity,
  latency: (r) => r.latency?.measured ?? -Infinity,
  status: (r) => (r.breached ? 0 : 1),
};

/** The report's rows, breaches first; sorting happens here (a month's report is one page). */
export function SlaTable({ rows, caption }: { rows: TSlaInterface[]; caption: string }) {
  const { m, locale } = useI18n();
  const t = m.sla;
  const [sort, setSort] = useState("status");
  const n = (v: number, digits = 2) => formatNumber(Math.round(v * 10 ** digits) / 10 ** digits, locale);
  const sorted = useMemo(() => {
    const key = SORTS[sort.replace(/^-/, "")] ?? SORTS.status;
    const dir = sort.startsWith("-") ? -1 : 1;
    return [...rows].sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
  }, [rows, sort]);
  const columns: Column<TSlaInterface>[] = [
    {
      id: "name", header: t.columns.interface, sort: "name",
      cell: (r) => (
        <div>
          <Link href={`/interfaces/${r.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{r.name}</Link>
          <div className="text-xs text-slate-500">{r.key} · {r.team?.name ?? t.noTeam}</div>
        </div>
      ),
    },
    { id: "tier", header: m.common.fields.tier, sort: "tier", cell: (r) => m.enums.Tier[r.tier as keyof typeof m.enums.Tier] ?? r.tier },
    {
      id: "availability", header: t.columns.availability, sort: "availability",
      cell: (r) => <ObjectiveCell result={r.availability} show={(v) => `${n(v, 3)} %`}
        detail={r.availability?.downMinutes ? fmt(t.downMinutes, { minutes: n(r.availability.downMinutes, 0) }) : undefined} />,
    },
    { id: "budget", header: t.columns.budget, sort: "budget", cell: (r) => <BudgetBar left={r.availability ? r.availability.budgetLeft : undefined} /> },
    {
      id: "latency", header: t.columns.latency, sort: "latency",
      cell: (r) => <ObjectiveCell result={r.latency} show={(v) => `${n(v, 0)} ms`}
        detail={r.latency?.hoursOver ? fmt(t.hoursOver, { count: r.latency.hoursOver }) : undefined} />,
    },
    {
      id: "freshness", header: t.columns.freshness,
      // Measured: the share of the month the data was fresh enough; the target is in minutes.
      cell: (r) => <ObjectiveCell result={r.freshness} show={(v) => `${n(v * 100, 2)} %`} showTarget={(v) => `≤ ${n(v, 0)} min`}
        detail={r.freshness?.staleMinutes ? fmt(t.staleMinutes, { minutes: n(r.freshness.staleMinutes, 0) }) : undefined} />,
    },
    { id: "status", header: t.columns.status, sort: "status", cell: (r) => <Badge tone={r.breached ? "red" : "emerald"}>{r.breached ? t.missed : t.met}</Badge> },
  ];
  return <DataTable columns={columns} rows={sorted} rowKey={(r) => r.id} sort={sort} onSort={setSort} caption={caption} />;
}
