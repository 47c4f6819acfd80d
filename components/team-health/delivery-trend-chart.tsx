"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { TTeamHealth } from "@/lib/schemas/team-health";
import { useI18n } from "@/lib/i18n/client";
import { formatPercent } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "@/components/dashboard/chart-colors";

/**
 * Per week: deployments and failed ones as bars (left axis), change failure rate and minutes to
 * recover as lines (right axes). The same figures follow as a table for screen readers.
 */
export function DeliveryTrendChart({ trend }: { trend: TTeamHealth["trend"] }) {
  const { m, locale } = useI18n();
  const t = m.teamHealth;
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const rows = trend.map((w) => ({ ...w, label: day.format(new Date(`${w.week}T00:00:00Z`)), cfrPct: w.changeFailureRate === null ? null : w.changeFailureRate * 100 }));
  if (!trend.some((w) => w.deployments > 0 || w.recoveries > 0)) return <p className="py-8 text-center text-sm text-slate-500">{t.emptyTrend}</p>;
  return (
    <figure className="m-0">
      <div aria-hidden="true" className="dashboard-chart">
        <ComposedChart data={rows} responsive style={{ width: "100%", height: 240 }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" {...AXIS} />
          <YAxis yAxisId="count" allowDecimals={false} width={40} {...AXIS} />
          <YAxis yAxisId="pct" orientation="right" width={44} domain={[0, 100]} {...AXIS} tickFormatter={(v: number) => `${v}%`} />
          <YAxis yAxisId="min" orientation="right" hide />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="count" dataKey="deployments" name={t.deployments} fill="var(--color-indigo-400)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="failedDeployments" name={t.failed} fill="var(--color-rose-500)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line yAxisId="pct" dataKey="cfrPct" name={t.cfr} stroke="var(--color-amber-500)" strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          <Line yAxisId="min" dataKey="timeToRecoverMinutes" name={t.ttr} stroke="var(--color-emerald-500)" strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </div>
      <table className="sr-only">
        <caption>{t.trendTitle}</caption>
        <thead><tr><th scope="col">{t.week}</th><th scope="col">{t.deployments}</th><th scope="col">{t.failed}</th><th scope="col">{t.cfr}</th><th scope="col">{t.ttr}</th></tr></thead>
        <tbody>
          {trend.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th><td>{w.deployments}</td><td>{w.failedDeployments}</td>
              <td>{w.changeFailureRate === null ? "—" : formatPercent(w.changeFailureRate, locale)}</td>
              <td>{w.timeToRecoverMinutes ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
