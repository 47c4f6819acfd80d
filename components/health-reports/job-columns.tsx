"use client";
import Link from "next/link";
import type { TJobHealth, TJobRun } from "@/lib/schemas/job-health";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatDateTime, formatPercent } from "@/lib/i18n/format";
import { relativeTime, formatDuration } from "@/lib/i18n/relative-time";
import { Badge } from "@/components/ui/feedback";
import { useNow } from "@/hooks/use-now";
import { MiniBars } from "./mini-bars";

const TONE = { RUNNING: "indigo", SUCCEEDED: "emerald", FAILED: "red" } as const;
const BAR = { RUNNING: "busy", SUCCEEDED: "ok", FAILED: "bad" } as const;

function LastRun({ run }: { run: TJobRun | null }) {
  const { m, locale } = useI18n();
  const t = m.jobs;
  const now = useNow();
  if (!run) return <span className="text-slate-500">{t.never}</span>;
  const duration = run.durationMs ?? now - Date.parse(run.startedAt);
  return (
    <div>
      <Badge tone={TONE[run.status]}>{t.runStatus[run.status]}</Badge>
      <div className="mt-0.5 text-xs text-slate-500" title={formatDateTime(run.startedAt, locale)}>
        {relativeTime(run.startedAt, locale, now)} · {fmt(run.endedAt ? t.took : t.running, { duration: formatDuration(duration, locale) })}
      </div>
    </div>
  );
}

function Quality({ run }: { run: TJobRun | null }) {
  const { m } = useI18n();
  if (!run || run.qualityChecks.length === 0) return <span className="text-xs text-slate-500">{m.jobs.noChecks}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {run.qualityChecks.map((c) => (
        <li key={c.name}><Badge tone={c.passed ? "emerald" : "red"}>{c.name}{c.value !== undefined && c.value !== null ? ` ${c.value}` : ""}</Badge></li>
      ))}
    </ul>
  );
}

/** The jobs list's columns: job, last run, recent durations, success rate, data age, data quality. */
export function useJobColumns(): Column<TJobHealth>[] {
  const { m, locale } = useI18n();
  const t = m.jobs;
  return [
    {
      id: "name", header: t.columns.job, sort: "name",
      cell: (j) => (
        <div>
          <Link href={`/${j.subjectType === "SYSTEM" ? "systems" : "interfaces"}/${j.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{j.name}</Link>
          <div className="text-xs text-slate-500">{t.subject[j.subjectType]} · {j.team?.name ?? m.sla.noTeam}</div>
        </div>
      ),
    },
    { id: "lastRun", header: t.columns.lastRun, sort: "lastRun", cell: (j) => <LastRun run={j.lastRun} /> },
    {
      id: "recent", header: t.columns.recent,
      cell: (j) => {
        const runs = [...j.recent].reverse();
        const label = fmt(t.recentLabel, { runs: runs.map((r) => `${t.runStatus[r.status]} ${r.durationMs === null ? "—" : formatDuration(r.durationMs, locale)}`).join(", ") });
        return <MiniBars bars={runs.map((r) => ({ value: r.durationMs, tone: BAR[r.status] }))} label={label} />;
      },
    },
    {
      id: "successRate", header: t.columns.successRate, sort: "successRate",
      cell: (j) => (
        <div className="tabular-nums">
          {j.successRate30d === null ? "—" : formatPercent(j.successRate30d, locale)}
          <div className="text-xs text-slate-500">{countLabel(locale, j.runs30d, t.runsOf)}</div>
        </div>
      ),
    },
    {
      id: "freshness", header: t.columns.freshness,
      cell: (j) => (
        <div>
          <span className={j.fresh === false ? "font-medium text-red-700 dark:text-red-400" : undefined}>
            {j.dataAgeMinutes === null ? "—" : formatDuration(j.dataAgeMinutes * 60_000, locale)}
          </span>
          {j.freshnessObjectiveMinutes !== null && <div className="text-xs text-slate-500">{fmt(t.objective, { minutes: j.freshnessObjectiveMinutes })}</div>}
        </div>
      ),
    },
    { id: "quality", header: t.columns.quality, cell: (j) => <Quality run={j.lastFinished} /> },
  ];
}
