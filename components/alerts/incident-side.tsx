"use client";
import Link from "next/link";
import type { TIncidentDetail } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { relativeTime } from "@/lib/i18n/relative-time";
import { Badge } from "@/components/ui/feedback";
import { useNow } from "@/hooks/use-now";

const card = "rounded-lg border border-slate-200 bg-white p-4";

/** The root-cause hint: each symptom with its path from the failing provider down to it. */
export function RootCauseCard({ incident }: { incident: TIncidentDetail }) {
  const { m } = useI18n();
  const t = m.alerts.incident;
  return (
    <section aria-labelledby="root-cause" className={card}>
      <h2 id="root-cause" className="mb-2 text-sm font-semibold text-slate-900">{t.rootCause}</h2>
      {incident.rootCause.length === 0 ? <p className="text-sm text-slate-500">{t.noRootCause}</p> : (
        <>
          <p className="mb-2 text-sm text-slate-600">{fmt(t.rootCauseHint, { system: incident.system.name })}</p>
          <ul className="space-y-2">
            {incident.rootCause.map((s) => (
              <li key={s.alertId} className="text-sm">
                <div className="font-medium text-slate-800">{s.title}</div>
                <ol aria-label={s.title} className="mt-0.5 flex flex-wrap items-center gap-1 text-xs">
                  {s.path.map((p, i) => (
                    <li key={p.id} className="flex items-center gap-1">
                      {i > 0 && <span aria-hidden className="text-slate-400">→</span>}
                      <Link href={`/systems/${p.id}`} className="rounded bg-slate-100 px-1.5 py-0.5 hover:underline">{p.name}</Link>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Who to call now (as the CMDB says) and how far escalation has gone. */
export function PeopleCard({ incident }: { incident: TIncidentDetail }) {
  const { m, locale } = useI18n();
  const t = m.alerts.incident;
  const now = useNow();
  const esc = incident.escalation;
  return (
    <section aria-labelledby="people" className={card}>
      <h2 id="people" className="mb-2 text-sm font-semibold text-slate-900">{t.people}</h2>
      {incident.people.length === 0 ? <p className="text-sm text-slate-500">{t.noPeople}</p> : (
        <ul className="space-y-1 text-sm">
          {incident.people.map((p) => (
            <li key={`${p.role}-${p.user.id}`} className="flex flex-wrap items-center gap-2">
              <span className="text-slate-500">{t.role[p.role]}</span>
              <Link href={`/people/${p.user.id}`} className="font-medium hover:underline">{p.user.name}</Link>
              <a href={`mailto:${p.user.email}`} className="text-xs text-indigo-700 hover:underline">{p.user.email}</a>
              {!p.user.active && <Badge tone="amber">{t.inactive}</Badge>}
            </li>
          ))}
        </ul>
      )}
      {incident.teamContact && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
          {incident.teamContact.chatChannel && <><dt className="text-slate-500">{t.channel}</dt><dd>{incident.teamContact.chatChannel}</dd></>}
          {incident.teamContact.onCall && <><dt className="text-slate-500">{t.pager}</dt><dd>{incident.teamContact.onCall}</dd></>}
        </dl>
      )}
      <h3 className="mb-1 mt-3 text-sm font-semibold text-slate-900">{t.escalation}</h3>
      {!esc ? <p className="text-sm text-slate-500">{t.noEscalation}</p> : (
        <div className="text-sm text-slate-700">
          <div>{fmt(t.escalationPolicy, { policy: esc.policy })}</div>
          {esc.stoppedAt
            ? <div>{fmt(t.escalationStopped, { time: relativeTime(esc.stoppedAt, locale, now) })}{esc.stopReason && ` (${t.stopReason[esc.stopReason as "ACKNOWLEDGED" | "RESOLVED"] ?? esc.stopReason})`}</div>
            : esc.nextAt && <div>{fmt(t.escalationNext, { step: esc.step + 1, time: relativeTime(esc.nextAt, locale, now) })}</div>}
        </div>
      )}
    </section>
  );
}
