"use client";
import Link from "next/link";
import type { TAlertRow } from "@/lib/schemas/alert-views";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatDateTime } from "@/lib/i18n/format";
import { relativeTime } from "@/lib/i18n/relative-time";
import { Badge } from "@/components/ui/feedback";
import { useNow } from "@/hooks/use-now";
import { SeverityBadge } from "./severity-badge";
import { AlertStateCell } from "./alert-state-cell";

function AlertCell({ a }: { a: TAlertRow }) {
  const { m } = useI18n();
  const t = m.alerts;
  const labels = Object.entries(a.labels).filter(([k]) => k !== "alertname").slice(0, 4);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-1.5">
        <SeverityBadge severity={a.severity} />
        <span className="font-medium text-slate-900">{a.title}</span>
        {a.flapping && <span title={t.flappingHint}><Badge tone="amber">{t.flapping}</Badge></span>}
        {a.symptom && <Badge tone="indigo">{t.symptom}</Badge>}
      </div>
      {a.summary && <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{a.summary}</p>}
      <div className="mt-1 flex flex-wrap gap-1 text-[11px] text-slate-500">
        <span>{a.source}</span>
        {labels.map(([k, v]) => <code key={k} className="rounded bg-slate-100 px-1">{k}={v}</code>)}
      </div>
    </div>
  );
}

function OnCell({ a }: { a: TAlertRow }) {
  const { m } = useI18n();
  const subject = a.interface ?? a.system;
  if (!subject) return <span title={m.alerts.unmappedHint}><Badge tone="amber">{m.alerts.unmapped}</Badge></span>;
  const href = a.interface ? `/interfaces/${a.interface.id}` : `/systems/${subject.id}`;
  return (
    <div>
      <Link href={href} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{subject.name}</Link>
      <div className="text-xs text-slate-500">{a.team?.name ?? m.sla.noTeam}</div>
    </div>
  );
}

function SeenCell({ a }: { a: TAlertRow }) {
  const { m, locale } = useI18n();
  const now = useNow();
  return (
    <div className="text-xs" title={formatDateTime(a.lastSeenAt, locale)}>
      <div className="text-slate-800">{relativeTime(a.lastSeenAt, locale, now)}</div>
      <div className="text-slate-500">{fmt(m.alerts.since, { time: relativeTime(a.firstSeenAt, locale, now) })}</div>
    </div>
  );
}

/** The inbox's columns; `actions` renders the row's buttons for people who may act. */
export function useAlertColumns(actions?: (a: TAlertRow) => React.ReactNode): Column<TAlertRow>[] {
  const { m, locale } = useI18n();
  const t = m.alerts;
  const columns: Column<TAlertRow>[] = [
    { id: "alert", header: t.columns.alert, sort: "severity", cell: (a) => <AlertCell a={a} /> },
    { id: "on", header: t.columns.on, cell: (a) => <OnCell a={a} /> },
    { id: "state", header: t.columns.state, cell: (a) => <AlertStateCell a={a} /> },
    { id: "seen", header: t.columns.seen, sort: "lastSeen", cell: (a) => <SeenCell a={a} /> },
    { id: "count", header: t.columns.count, sort: "count", className: "text-right tabular-nums", cell: (a) => countLabel(locale, a.count, t.seenTimes) },
    {
      id: "incident", header: t.columns.incident,
      cell: (a) => a.incident
        ? <Link href={`/alerts/incidents/${a.incident.number}`} className="text-indigo-700 hover:underline dark:text-indigo-300">#{a.incident.number}</Link>
        : <span className="text-slate-400">—</span>,
    },
  ];
  if (actions) columns.push({ id: "actions", header: "", cell: actions });
  return columns;
}
