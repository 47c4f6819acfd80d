"use client";
import type { THealthSeries } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { HealthChart, timeLabel } from "./health-chart";

/** A job's runs in range: duration per run on the chart, and each run's status and data-quality checks. */
export function JobRunList({ series }: { series: THealthSeries }) {
  const { m, locale } = useI18n();
  const t = m.health.record;
  const rows = series.jobRuns.map((r) => ({ t: Date.parse(r.startedAt), duration: r.durationMs === null ? null : r.durationMs / 1000 }));
  return (
    <section aria-label={t.runs} className="space-y-2" data-testid="health-job-runs">
      <HealthChart title={`${t.runs} · ${t.duration}`} series={series} rows={rows} lines={[{ key: "duration", name: t.duration, color: "var(--color-teal-500)" }]} />
      <ul className="space-y-1 text-xs">
        {series.jobRuns.slice(-10).reverse().map((r) => (
          <li key={r.runId} className="flex flex-wrap items-center gap-2">
            <span className={r.status === "FAILED" ? "font-semibold text-red-700" : r.status === "RUNNING" ? "text-slate-600" : "text-emerald-700"}>
              {fmt(t.runLine, { status: t.runStatus[r.status], time: timeLabel(Date.parse(r.startedAt), locale, series.range) })}
            </span>
            {r.durationMs !== null && <span className="text-slate-500">{formatNumber(Math.round(r.durationMs / 1000), locale)} s</span>}
            {r.qualityChecks.map((c) => (
              <span key={c.name} className={c.passed ? "rounded bg-emerald-50 px-1 text-emerald-800" : "rounded bg-red-50 px-1 text-red-800"}>
                {fmt(c.passed ? t.checkPassed : t.checkFailed, { name: c.name })}{c.value !== null ? ` (${formatNumber(c.value, locale)})` : ""}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
