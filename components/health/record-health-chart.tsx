"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { SERIES_RANGES, type THealthSeries } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { healthSeriesQuery } from "@/lib/queries/health";
import { SERIES } from "@/components/dashboard/chart-colors";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { HEALTH_COLORS } from "./health-marks";
import { HealthChart, timeLabel, type ChartRow } from "./health-chart";
import { JobRunList } from "./job-run-list";

type Range = (typeof SERIES_RANGES)[number];
// Points the chart draws: one-minute buckets for the last hour, wider ones beyond (the API serves
// one-minute buckets over 7 days too; ~700 points per line keep the drawing quick).
const STEP: Record<Range, number> = { "1h": 60, "24h": 300, "7d": 900, "30d": 3600 };
const AVAILABILITY = { UP: 1, DEGRADED: 0.5, DOWN: 0 } as const;

const rowsOf = (s: THealthSeries): ChartRow[] => s.buckets.map((b) => ({
  t: Date.parse(b.t), availability: b.worst ? AVAILABILITY[b.worst] : null,
  latencyP95: b.latencyP95 ?? null, latencyP99: b.latencyP99 ?? null, errorRate: b.errorRate ?? null, throughput: b.throughput ?? null,
  backlog: b.backlog ?? null, lagMessages: b.lagMessages ?? null, deadLettered: b.deadLettered ?? null, consumers: b.consumers ?? null,
}));

/** The record's chart over 1 h … 30 d: status, latency, errors and throughput, messaging when reported, job runs; deployments marked. */
export function RecordHealthChart({ subject, id }: { subject: "systems" | "interfaces"; id: string }) {
  const { m, locale } = useI18n();
  const t = m.health.record;
  const [range, setRange] = useState<Range>("24h");
  const query = useQuery(healthSeriesQuery(subject, id, range, STEP[range]));
  const s = query.data;
  const rows = s ? rowsOf(s) : [];
  const has = (k: keyof ChartRow) => rows.some((r) => r[k] !== null && r[k] !== undefined);
  const worst = s?.buckets.some((b) => b.worst === "DOWN") ? "DOWN" : s?.buckets.some((b) => b.worst === "DEGRADED") ? "DEGRADED" : s?.buckets.length ? "UP" : "NONE";
  return (
    <div className="space-y-3" data-testid="health-chart" data-worst={worst} aria-busy={query.isFetching}>
      <div role="group" aria-label={t.range} className="inline-flex rounded-md border border-slate-300 p-0.5 text-xs">
        {SERIES_RANGES.map((r) => (
          <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}
            className={range === r ? "rounded bg-indigo-600 px-2 py-0.5 text-white" : "rounded px-2 py-0.5 text-slate-700 hover:bg-slate-100"}>
            {t.ranges[r]}
          </button>
        ))}
      </div>
      {query.isPending ? <Spinner label={t.chartLoading} /> : !s ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          {s.deployments.length > 0 && (
            <ul className="flex flex-wrap gap-2 text-xs text-slate-600" aria-label={t.deployments} data-testid="health-deployments">
              {s.deployments.map((d) => (
                <li key={d.id} className="rounded bg-indigo-50 px-1.5 py-0.5 text-indigo-800">
                  {fmt(t.deployed, { version: d.version, time: timeLabel(Date.parse(d.at), locale, s.range) })} · {d.systemName}
                </li>
              ))}
            </ul>
          )}
          {rows.length === 0 ? <p className="text-sm text-slate-500" data-testid="health-chart-empty">{t.chartEmpty}</p> : (
            <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
              <HealthChart title={t.status} series={s} rows={rows} testId="chart-status" labelled
                ticks={[{ value: 0, label: m.health.states.DOWN }, { value: 0.5, label: m.health.states.DEGRADED }, { value: 1, label: m.health.states.UP }]}
                lines={[{ key: "availability", name: t.status, color: HEALTH_COLORS.UP, step: true }]} />
              {(has("latencyP95") || has("latencyP99")) && <HealthChart title={t.latency} series={s} rows={rows}
                lines={[{ key: "latencyP95", name: t.p95, color: SERIES[0] }, { key: "latencyP99", name: t.p99, color: SERIES[5] }]} />}
              {(has("errorRate") || has("throughput")) && <HealthChart title={`${t.errors} · ${t.throughput}`} series={s} rows={rows}
                lines={[{ key: "errorRate", name: t.errors, color: SERIES[4] }, { key: "throughput", name: t.throughput, color: SERIES[1], axis: "right" }]} />}
              {(has("backlog") || has("lagMessages") || has("deadLettered")) && <HealthChart title={t.messaging} series={s} rows={rows}
                lines={[{ key: "backlog", name: t.backlog, color: SERIES[3] }, { key: "lagMessages", name: t.lag, color: SERIES[1] },
                  { key: "deadLettered", name: t.deadLettered, color: SERIES[4] }, { key: "consumers", name: t.consumers, color: SERIES[2], axis: "right" }]} />}
            </div>
          )}
          {s.jobRuns.length > 0 && <JobRunList series={s} />}
        </>
      )}
    </div>
  );
}
