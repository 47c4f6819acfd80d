"use client";
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { THealthSeries } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { AXIS, GRID, SERIES, TOOLTIP } from "@/components/dashboard/chart-colors";
import { HEALTH_COLORS } from "./health-marks";

export type ChartLine = { key: string; name: string; color: string; axis?: "left" | "right"; step?: boolean };
export type ChartRow = { t: number } & Record<string, number | null>;

type Props = {
  title: string; rows: ChartRow[]; lines: ChartLine[]; series: THealthSeries; height?: number; testId?: string;
  /** Fixed ticks on the left axis with their labels (the status panel: Down, Degraded, Up). */
  ticks?: { value: number; label: string }[];
  /** Deployments' labels on this panel (the others draw their lines only: labels would repeat). */
  labelled?: boolean;
};

/** Time on the axis as the range needs it: hours and minutes up to a day, the date too beyond. */
export function timeLabel(t: number, locale: string, range: THealthSeries["range"]) {
  const opts: Intl.DateTimeFormatOptions = range === "1h" || range === "24h"
    ? { hour: "2-digit", minute: "2-digit" } : { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(locale, opts).format(new Date(t));
}

/**
 * One panel of a record's chart: lines over the range's full width, with every deployment and job
 * run marked where it happened ("deployed 2.4.1 14:02") so a change and its effect line up.
 */
export function HealthChart({ title, rows, lines, series, height = 160, testId, ticks, labelled = false }: Props) {
  const { m, locale } = useI18n();
  const from = Date.parse(series.from);
  const to = Date.parse(series.to);
  const time = (v: number) => timeLabel(v, locale, series.range);
  const right = lines.some((l) => l.axis === "right");
  return (
    <figure className="m-0" data-testid={testId}>
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      <div aria-hidden="true">
        <ComposedChart data={rows} responsive style={{ width: "100%", height }} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} {...AXIS} tickFormatter={time} minTickGap={56} />
          <YAxis yAxisId="left" width={ticks ? 72 : 48} {...AXIS} {...(ticks ? {
            ticks: ticks.map((t) => t.value), domain: [Math.min(...ticks.map((t) => t.value)), Math.max(...ticks.map((t) => t.value))],
            tickFormatter: (v: number) => ticks.find((t) => t.value === v)?.label ?? "",
          } : {})} />
          {right && <YAxis yAxisId="right" orientation="right" width={48} {...AXIS} />}
          <Tooltip {...TOOLTIP} labelFormatter={(v) => time(Number(v))} />
          {series.deployments.map((d) => (
            <ReferenceLine key={d.id} yAxisId="left" x={Date.parse(d.at)} stroke={SERIES[0]} strokeDasharray="4 2"
              label={labelled ? { value: fmt(m.health.record.deployed, { version: d.version, time: time(Date.parse(d.at)) }), position: "insideTopLeft", fontSize: 11, fill: "var(--color-slate-600)" } : undefined} />
          ))}
          {series.jobRuns.map((r) => (
            <ReferenceLine key={r.runId} yAxisId="left" x={Date.parse(r.startedAt)}
              stroke={r.status === "FAILED" ? HEALTH_COLORS.DOWN : HEALTH_COLORS.UP} strokeDasharray="2 2" />
          ))}
          {lines.map((l) => (
            <Line key={l.key} yAxisId={l.axis ?? "left"} dataKey={l.key} name={l.name} type={l.step ? "stepAfter" : "monotone"}
              stroke={l.color} strokeWidth={1.5} dot={false} connectNulls={false} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </div>
    </figure>
  );
}
