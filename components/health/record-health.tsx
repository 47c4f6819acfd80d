"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { relativeTime } from "@/lib/i18n/relative-time";
import { recordHealthQuery } from "@/lib/queries/health";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { AtRiskBadge, Since, StateBadge } from "./health-marks";
import { RecordHealthChart } from "./record-health-chart";
import { RecordAlerts } from "@/components/alerts/record-alerts";

type Props = { subject: "systems" | "interfaces"; id: string };

/** A record's Health section: state and since, what puts it at risk, its sources and last run, and its chart. */
export function RecordHealth({ subject, id }: Props) {
  const { m, locale } = useI18n();
  const t = m.health.record;
  const query = useQuery(recordHealthQuery(subject, id));
  const h = query.data;
  return (
    <Card title={<span id="health">{t.title}</span>}>
      {query.isPending ? <Spinner /> : !h ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <div className="space-y-3" data-testid="record-health">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <StateBadge state={h.state} />
            {h.atRisk && <AtRiskBadge />}
            {h.state && <Since at={h.since} />}
            {h.lastSampleAt && (
              <span className="text-xs text-slate-500" title={formatDateTime(h.lastSampleAt, locale)}>
                {t.lastSample}: {relativeTime(h.lastSampleAt, locale)}
              </span>
            )}
          </div>
          <RecordAlerts subject={subject} id={id} />
          {h.atRisk && (
            <p className="rounded-md border border-orange-200 bg-orange-50 px-3 py-2 text-sm text-orange-900" data-testid="record-at-risk">
              {fmt(t.atRisk, { cause: h.atRisk.cause.name, state: m.health.states[h.atRisk.cause.state] })}{" "}
              <Link className="underline" aria-label={h.atRisk.cause.name} href={`/${h.atRisk.cause.type === "SYSTEM" ? "systems" : "interfaces"}/${h.atRisk.cause.id}`}>→</Link>
              <span className="block text-xs">{fmt(t.path, { path: h.atRisk.path.map((p) => p.interfaceKey).join(" → ") })}</span>
            </p>
          )}
          {!h.state && !h.atRisk && <p className="text-sm text-slate-500">{t.never}</p>}
          {h.sources.length > 0 && (
            <div>
              <h3 className="text-xs font-semibold uppercase text-slate-500">{t.sources}</h3>
              <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                {h.sources.map((s) => (
                  <li key={s.source}>
                    {fmt(t.sourceLine, { source: s.source, status: s.status ? m.health.states[s.status] : t.noStatus, time: relativeTime(s.at, locale) })}
                    {" · "}<span className={s.fresh ? "text-emerald-700" : "text-slate-500"}>{s.fresh ? t.fresh : t.stale}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {h.lastRun && (
            <p className="text-xs text-slate-700">
              {t.lastRun}: {fmt(t.runLine, { status: t.runStatus[h.lastRun.status], time: relativeTime(h.lastRun.startedAt, locale) })}
            </p>
          )}
          <RecordHealthChart subject={subject} id={id} />
        </div>
      )}
    </Card>
  );
}
