"use client";
import Link from "next/link";
import type { UseQueryResult } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TOwnershipSummary } from "@/lib/schemas/ownership";
import { Spinner } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { CategoryChart } from "./category-chart";
import { SERIES } from "./chart-colors";
import { DashboardCard } from "./dashboard-card";
import { ExportCsvButton } from "./export-csv-button";
import { ownershipHref, teamHref } from "./dashboard-links";

/** Rows a printout keeps; the rest are in the CSV export (said under the table). */
const PRINTED_ROWS = 25;

type Props = { query: UseQueryResult<TOwnershipSummary>; teamId: string | null };

/** Loading, or the summary's own failure (the rest of the dashboard does not depend on it). */
function Pending({ title, query }: { title: string; query: UseQueryResult<TOwnershipSummary> }) {
  const { m } = useI18n();
  return (
    <DashboardCard title={title}>
      {query.isError ? (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p>{m.dashboard.ownership.unavailable}</p>
          <Button variant="secondary" className="mt-2 print:hidden" onClick={() => query.refetch()}>{m.common.actions.retry}</Button>
        </div>
      ) : (
        <Spinner />
      )}
    </DashboardCard>
  );
}

/** Ownership findings per rule (GET /api/v1/ownership/summary), each bar opening /ownership filtered by it. */
export function OwnershipGapsChart({ query, teamId }: Props) {
  const { m } = useI18n();
  const o = m.dashboard.ownership;
  if (!query.data) return <Pending title={o.gapsTitle} query={query} />;
  const rules = query.data.counts.map((c, i) => ({
    key: c.rule,
    label: o.rules[c.rule] ?? c.rule,
    count: c.findings,
    color: SERIES[i % SERIES.length],
    href: ownershipHref({ rule: c.rule }, teamId),
  }));
  return <CategoryChart title={o.gapsTitle} rows={rules} variant="rows" />;
}

/** The ownership score per owning team, lowest first. */
export function OwnershipByTeam({ query }: Pick<Props, "query">) {
  const { m } = useI18n();
  if (!query.data) return <Pending title={m.dashboard.ownership.title} query={query} />;
  return <OwnershipByTeamTable summary={query.data} />;
}

function OwnershipByTeamTable({ summary }: { summary: TOwnershipSummary }) {
  const { m, locale } = useI18n();
  const o = m.dashboard.ownership;
  const n = (v: number) => v.toLocaleString(locale);
  const rows = [...summary.byTeam].sort((a, b) => a.score.score - b.score.score || b.score.weight - a.score.weight);
  const header = [o.team, o.score, o.complete, o.records, o.findings];
  return (
    <DashboardCard title={o.title} hint={o.hint} breakable
      actions={<ExportCsvButton title={o.title} fileName="ownership-by-team" header={header} disabled={rows.length === 0}
        rows={() => rows.map((r) => [r.team?.name ?? o.noTeam, Math.round(r.score.score * 10) / 10, r.score.completeRecords, r.score.records, r.findings])} />}>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{o.empty}</p>
      ) : (
        <div className="dashboard-scroll max-h-96 overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{o.title}</caption>
            <thead className="sticky top-0 bg-white text-xs text-slate-500">
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-2 text-left font-medium">{o.team}</th>
                <th scope="col" className="w-2/5 px-2 py-2 text-left font-medium">{o.score}</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">{o.complete}</th>
                <th scope="col" className="py-2 pl-2 text-right font-medium">{o.findings}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r, i) => (
                <tr key={r.team?.id ?? "none"} className={i >= PRINTED_ROWS ? "print:hidden" : undefined}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    {r.team ? <Link href={teamHref(r.team.id)} className="text-indigo-700 hover:underline">{r.team.name}</Link> : <span className="italic text-slate-500">{o.noTeam}</span>}
                  </th>
                  <td className="px-2 py-1.5">
                    <span className="flex items-center gap-2">
                      <span className="w-10 text-right tabular-nums">{Math.round(r.score.score)}%</span>
                      <span className="h-2 flex-1 rounded bg-slate-100" aria-hidden>
                        <span className="block h-2 rounded" style={{ width: `${r.score.score}%`, background: scoreColor(r.score.score) }} />
                      </span>
                    </span>
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{n(r.score.completeRecords)} / {n(r.score.records)}</td>
                  <td className="py-1.5 pl-2 text-right tabular-nums">{n(r.findings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > PRINTED_ROWS && (
            <p className="hidden text-xs text-slate-500 print:block">{countLabel(locale, rows.length - PRINTED_ROWS, o.moreInExport)}</p>
          )}
        </div>
      )}
    </DashboardCard>
  );
}

const scoreColor = (score: number) =>
  score >= 90 ? "var(--color-emerald-500)" : score >= 70 ? "var(--color-amber-500)" : "var(--color-red-500)";
