"use client";
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TInitiativeDetail } from "@/lib/schemas/initiative";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "@/components/dashboard/chart-colors";
import { Card } from "@/components/ui/page-header";

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The share of the scope at the target, one point per measured day, against the goal (100%) and
 * the deadline. The time axis runs to the deadline, so the distance still to go is visible too.
 * The drawing is hidden from assistive technology, which reads the same figures as a table.
 */
export function ProgressChart({ initiative: i }: { initiative: TInitiativeDetail }) {
  const { m, locale } = useI18n();
  const t = m.initiatives.detail;
  const rows = i.history.map((h) => ({ ...h, t: time(h.day), share: h.total ? h.atTarget / h.total : 1 }));
  const deadline = time(i.deadline);
  const first = rows[0]?.t ?? deadline;
  const last = Math.max(rows.at(-1)?.t ?? deadline, deadline);
  const day = (v: number) => formatDate(new Date(v), locale);
  return (
    <Card title={t.progressTitle}>
      <p className="-mt-2 mb-2 text-xs text-slate-500">{t.progressHint}</p>
      {rows.length < 2 ? (
        <p className="py-8 text-center text-sm text-slate-500" data-testid="progress-one-day">{t.oneDay}</p>
      ) : (
        <figure className="m-0" data-testid="progress-chart">
          <div aria-hidden="true">
            <AreaChart data={rows} responsive style={{ width: "100%", height: 240 }} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={[first, last]} {...AXIS} tickFormatter={day} minTickGap={48} />
              <YAxis domain={[0, 1]} width={48} {...AXIS} tickFormatter={(v: number) => formatPercent(v, locale)} />
              <Tooltip {...TOOLTIP} labelFormatter={(v) => day(Number(v))} formatter={(v) => [formatPercent(Number(v), locale), t.atTarget]} />
              <ReferenceLine y={1} stroke="var(--color-emerald-600)" strokeDasharray="4 4"
                label={{ value: t.goalLine, position: "insideTopLeft", fill: "var(--color-emerald-700)", fontSize: 11 }} />
              <ReferenceLine x={deadline} stroke="var(--color-red-500)" strokeDasharray="4 4"
                label={{ value: t.deadlineLine, position: "insideTopRight", fill: "var(--color-red-700)", fontSize: 11 }} />
              <Area dataKey="share" type="monotone" stroke="var(--color-indigo-500)" fill="var(--color-indigo-100)" isAnimationActive={false} />
            </AreaChart>
          </div>
          <table className="sr-only">
            <caption>{t.progressTitle}</caption>
            <thead><tr><th scope="col">{t.day}</th><th scope="col">{t.share}</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row">{day(r.t)}</th>
                  <td>{formatPercent(r.share, locale)} ({formatNumber(r.atTarget, locale)} / {formatNumber(r.total, locale)})</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </Card>
  );
}
