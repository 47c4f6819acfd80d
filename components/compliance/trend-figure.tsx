"use client";
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { TComplianceTrend } from "@/lib/schemas/compliance";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate, formatPercent } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "@/components/dashboard/chart-colors";
import { LEVEL_COLORS } from "./compliance-marks";

// Worst at the bottom, so the band that should grow (Gold) sits on top.
const LEVELS = ["NONE", "BRONZE", "SILVER", "GOLD"] as const;

type Row = { day: string; t: number; passRate: number | null } & Record<(typeof LEVELS)[number], number>;

/** Per day: each level's share of the rated records, and the checks' pass rate, joined by day. */
function toRows(trend: TComplianceTrend): Row[] {
  const passRates = new Map(trend.results.map((r) => [r.day, r.passRate]));
  return trend.levels.map((l) => {
    const rated = LEVELS.reduce((n, k) => n + l[k], 0) || 1;
    const row = { day: l.day, t: Date.parse(`${l.day}T00:00:00Z`), passRate: passRates.get(l.day) ?? null } as Row;
    for (const k of LEVELS) row[k] = l[k] / rated;
    return row;
  });
}

/**
 * Is compliance improving: the share of records at each level per day as stacked bands, the pass
 * rate of the checks as a line, and today's figures in words. One day is no trend: then the words
 * alone, and a note. The drawing is hidden from assistive technology, which reads the words and a table.
 */
export function TrendFigure({ trend, height = 220 }: { trend: TComplianceTrend; height?: number }) {
  const { m, locale } = useI18n();
  const t = m.compliance.trend;
  const rows = toRows(trend);
  const pct = (v: number) => formatPercent(v, locale);
  const day = (v: number | string) => formatDate(new Date(Number(v)), locale);
  const last = rows.at(-1);
  const first = rows[0];
  const silverUp = (r: Row) => r.SILVER + r.GOLD;
  if (!last) return <p className="py-8 text-center text-sm text-slate-500">{t.oneDay}</p>;
  return (
    <figure className="m-0" data-testid="compliance-trend">
      <p className="mb-2 text-xs text-slate-600" data-testid="trend-now">
        {fmt(t.now, { gold: pct(last.GOLD), silver: pct(silverUp(last)), passRate: last.passRate === null ? "—" : pct(last.passRate) })}
        {rows.length > 1 && <> · {fmt(t.change, { from: pct(silverUp(first)), to: pct(silverUp(last)), date: formatDate(`${first.day}T00:00:00Z`, locale) })}</>}
      </p>
      {rows.length < 2 ? (
        <p className="py-8 text-center text-sm text-slate-500" data-testid="trend-one-day">{t.oneDay}</p>
      ) : (
        <>
          <div aria-hidden="true" data-testid="trend-chart">
            <ComposedChart data={rows} responsive style={{ width: "100%", height }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} {...AXIS} tickFormatter={day} minTickGap={48} />
              <YAxis domain={[0, 1]} width={48} {...AXIS} tickFormatter={pct} />
              <Tooltip {...TOOLTIP} labelFormatter={(v) => day(Number(v))} formatter={(v, name) => [pct(Number(v)), String(name)]} />
              {LEVELS.map((k) => (
                <Area key={k} dataKey={k} name={m.enums.ComplianceLevel[k]} stackId="levels" type="monotone" isAnimationActive={false}
                  stroke={LEVEL_COLORS[k]} fill={LEVEL_COLORS[k]} fillOpacity={0.35} />
              ))}
              <Line dataKey="passRate" name={t.passRate} type="monotone" stroke="var(--color-indigo-600)" strokeWidth={2} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </div>
          <figcaption className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-hidden="true">
            {LEVELS.map((k) => (
              <span key={k} className="inline-flex items-center gap-1">
                <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: LEVEL_COLORS[k] }} />{m.enums.ComplianceLevel[k]}
              </span>
            ))}
            <span className="inline-flex items-center gap-1"><span className="inline-block h-0.5 w-4 bg-indigo-600" />{t.passRate}</span>
          </figcaption>
          <table className="sr-only">
            <caption>{t.levels}</caption>
            <thead>
              <tr><th scope="col">{t.day}</th>{LEVELS.map((k) => <th key={k} scope="col">{m.enums.ComplianceLevel[k]}</th>)}<th scope="col">{t.passRate}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row">{day(r.t)}</th>
                  {LEVELS.map((k) => <td key={k}>{pct(r[k])}</td>)}
                  <td>{r.passRate === null ? "—" : pct(r.passRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
