"use client";
import type { TTimelineItem } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatDateTime } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";

const DOT = { alert: "bg-red-500", notification: "bg-sky-500", action: "bg-indigo-500", deployment: "bg-amber-500" } as const;
const DELIVERY_TONE = { PENDING: "amber", DELIVERED: "emerald", DEAD: "red" } as const;

function Line({ item }: { item: TTimelineItem }) {
  const { m, locale } = useI18n();
  const t = m.alerts.incident;
  switch (item.type) {
    case "alert":
      return <>{item.from
        ? fmt(t.event.alert, { alert: item.alertTitle, from: m.enums.AlertState[item.from], to: m.enums.AlertState[item.to] })
        : fmt(t.event.alertNew, { alert: item.alertTitle })}{item.actor && <span className="text-slate-500"> · {item.actor.name}</span>}</>;
    case "notification":
      return (
        <>
          {fmt(t.event.notification, { kind: t.notificationKind[item.kind], target: item.target })}{" "}
          <Badge tone={DELIVERY_TONE[item.state]}>{t.delivery[item.state]}</Badge>
          <span className="text-xs text-slate-500"> {countLabel(locale, item.attempts, t.attempts)}</span>
          {item.targetNote && <div className="text-xs text-slate-500">{item.targetNote}</div>}
          {item.state !== "DELIVERED" && item.lastError && <div className="text-xs text-red-700">{item.lastError}</div>}
        </>
      );
    case "deployment":
      return <>{fmt(t.event.deployment, { version: item.version, system: item.system.name, environment: item.environment })}</>;
    case "action":
      return <>{fmt(t.event.action, { actor: item.actor.label, action: m.enums.AuditAction[item.action as keyof typeof m.enums.AuditAction] ?? item.action })}</>;
  }
}

/** What happened, oldest first, each line with its time; colour says what kind of event. */
export function IncidentTimeline({ items }: { items: TTimelineItem[] }) {
  const { m, locale } = useI18n();
  if (items.length === 0) return <p className="text-sm text-slate-500">{m.alerts.incident.emptyTimeline}</p>;
  return (
    <ol className="relative space-y-3 border-l border-slate-200 pl-4">
      {items.map((item, i) => (
        <li key={i} className="relative text-sm">
          <span aria-hidden className={`absolute -left-[21px] top-1.5 h-2.5 w-2.5 rounded-full ${DOT[item.type]}`} />
          <time dateTime={item.at} className="block text-xs text-slate-500">{formatDateTime(item.at, locale)}</time>
          <div className="text-slate-800"><Line item={item} /></div>
        </li>
      ))}
    </ol>
  );
}
