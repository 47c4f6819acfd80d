"use client";
import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { alertReportsQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { QueryState } from "@/components/catalog/query-state";
import { AXIS, GRID, SERIES, TOOLTIP } from "@/components/dashboard/chart-colors";
import type { TAlertReports } from "@/lib/schemas/alert-views";

const card = "rounded-lg border border-slate-200 bg-white p-4";
const th = "px-2 py-1.5 text-left text-xs font-medium text-slate-500";
const td = "px-2 py-1.5 text-sm";

function Minutes({ value }: { value: number | null }) {
  const { m, locale } = useI18n();
  return <>{value === null ? "—" : fmt(m.alerts.reports.minutes, { value: formatNumber(value, locale) })}</>;
}

/** MTTA and MTTR per month over every team, as bars (the table below has them per team). */
function MonthsChart({ rows }: { rows: TAlertReports["overall"] }) {
  const { m } = useI18n();
  const t = m.alerts.reports;
  const data = rows.map((r) => ({ month: r.month, mtta: r.mttaMinutes, mttr: r.mttrMinutes }));
  return (
    <figure className="m-0">
      <figcaption className="sr-only">{t.mttaMttr}</figcaption>
      <div aria-hidden="true">
        <BarChart data={data} responsive style={{ width: "100%", height: 220 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="month" {...AXIS} />
          <YAxis {...AXIS} width={40} />
          <Tooltip {...TOOLTIP} />
          <Legend />
          <Bar dataKey="mtta" name={t.mtta} fill={SERIES[0]} isAnimationActive={false} />
          <Bar dataKey="mttr" name={t.mttr} fill={SERIES[3]} isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}

/** /alerts/reports: how fast alerts are taken and fixed, the noise, and the load on people. */
export function AlertReports() {
  const { m, locale } = useI18n();
  const t = m.alerts.reports;
  const query = useQuery(alertReportsQuery());
  return (
    <QueryState query={query}>
      {(r) => (
        <div className="space-y-4">
          <section aria-labelledby="mtta" className={card}>
            <h2 id="mtta" className="text-sm font-semibold text-slate-900">{t.mttaMttr}</h2>
            <p className="mb-2 text-xs text-slate-500">{t.mttaMttrHint}</p>
            {r.months.length === 0 ? <p className="text-sm text-slate-500">{t.empty}</p> : (
              <>
                <MonthsChart rows={r.overall} />
                <table className="mt-3 w-full">
                  <caption className="sr-only">{t.mttaMttr}</caption>
                  <thead><tr><th className={th}>{t.month}</th><th className={th}>{t.team}</th><th className={th}>{t.incidents}</th><th className={th}>{t.mtta}</th><th className={th}>{t.mttr}</th></tr></thead>
                  <tbody>
                    {r.months.map((row) => (
                      <tr key={`${row.month}-${row.team?.id ?? "none"}`} className="border-t border-slate-100">
                        <td className={td}>{row.month}</td><td className={td}>{row.team?.name ?? m.sla.noTeam}</td>
                        <td className={`${td} tabular-nums`}>{formatNumber(row.incidents, locale)}</td>
                        <td className={`${td} tabular-nums`}><Minutes value={row.mttaMinutes} /></td>
                        <td className={`${td} tabular-nums`}><Minutes value={row.mttrMinutes} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <div className="grid gap-4 lg:grid-cols-2">
            <section aria-labelledby="noisiest" className={card}>
              <h2 id="noisiest" className="text-sm font-semibold text-slate-900">{t.noisiest}</h2>
              <p className="mb-2 text-xs text-slate-500">{t.noisiestHint}</p>
              {r.noisiest.length === 0 ? <p className="text-sm text-slate-500">{t.empty}</p> : (
                <table className="w-full">
                  <caption className="sr-only">{t.noisiest}</caption>
                  <thead><tr><th className={th}>{m.alerts.columns.alert}</th><th className={th}>{t.received}</th></tr></thead>
                  <tbody>
                    {r.noisiest.map((n) => (
                      <tr key={`${n.source}-${n.title}`} className="border-t border-slate-100">
                        <td className={td}><div className="font-medium">{n.title}</div><div className="text-xs text-slate-500">{n.source}</div></td>
                        <td className={`${td} tabular-nums`}>{formatNumber(n.received, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section aria-labelledby="per-member" className={card}>
              <h2 id="per-member" className="text-sm font-semibold text-slate-900">{t.perMember}</h2>
              <p className="mb-2 text-xs text-slate-500">{t.perMemberHint}</p>
              <table className="w-full">
                <caption className="sr-only">{t.perMember}</caption>
                <thead><tr><th className={th}>{t.team}</th><th className={th}>{t.incidents}</th><th className={th}>{t.members}</th><th className={th}>{t.perMemberValue}</th></tr></thead>
                <tbody>
                  {r.perMember.map((p) => (
                    <tr key={p.team.id} className="border-t border-slate-100">
                      <td className={td}>{p.team.name}</td>
                      <td className={`${td} tabular-nums`}>{formatNumber(p.incidents, locale)}</td>
                      <td className={`${td} tabular-nums`}>{formatNumber(p.members, locale)}</td>
                      <td className={`${td} tabular-nums`}>{p.perMember === null ? "—" : formatNumber(p.perMember, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </div>
      )}
    </QueryState>
  );
}
