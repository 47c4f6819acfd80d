"use client";
import Link from "next/link";
import type { TBrokerHealth, TQueueHealth } from "@/lib/schemas/messaging-health";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { formatDuration } from "@/lib/i18n/relative-time";
import { Badge } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { MiniBars } from "./mini-bars";

function QueueRow({ q }: { q: TQueueHealth }) {
  const { m, locale } = useI18n();
  const t = m.messaging;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, locale));
  const l = q.latest;
  return (
    <tr>
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <Link href={`/interfaces/${q.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{q.name}</Link>
        <div className="text-xs text-slate-500">{q.endpoint ? <code>{q.endpoint}</code> : q.key} · {q.provider.name} → {q.consumer.name}</div>
      </th>
      {l === null ? (
        <td colSpan={4} className="px-2 py-2 text-xs text-slate-500">{t.noData}</td>
      ) : (
        <>
          <td className="px-2 py-2 text-right tabular-nums">
            {n(l.backlog)}
            {q.growing && <div><Badge tone="amber">{t.growing}</Badge></div>}
          </td>
          <td className="px-2 py-2 text-right tabular-nums">
            {l.lagMessages === null && l.lagSeconds === null ? "—"
              : fmt(t.lagValue, { messages: n(l.lagMessages), seconds: l.lagSeconds === null ? "—" : formatDuration(l.lagSeconds * 1000, locale) })}
          </td>
          <td className={`px-2 py-2 text-right tabular-nums ${l.deadLettered ? "font-medium text-red-700 dark:text-red-400" : ""}`}>{n(l.deadLettered)}</td>
          <td className="px-2 py-2 text-right tabular-nums">
            {l.consumers === 0 ? <Badge tone="red">{t.noConsumers}</Badge> : n(l.consumers)}
          </td>
        </>
      )}
      <td className="py-2 pl-2">
        <MiniBars bars={q.trend.map((h) => ({ value: h.backlog }))}
          label={fmt(t.trendLabel, { values: q.trend.map((h) => n(h.backlog)).join(", ") || "—" })} />
      </td>
    </tr>
  );
}

/** One broker (or "no broker recorded") with its topics and queues and their figures. */
export function BrokerCard({ group }: { group: TBrokerHealth }) {
  const { m, locale } = useI18n();
  const t = m.messaging;
  const b = group.broker;
  const title = b ? <Link href={`/systems/${b.id}`} className="hover:underline">{b.name}</Link> : t.noBroker;
  return (
    <Card title={title} actions={
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span>{fmt(t.totals, { backlog: formatNumber(group.totals.backlog, locale), dead: formatNumber(group.totals.deadLettered, locale) })}</span>
        {group.totals.growing > 0 && <Badge tone="amber">{fmt(t.growingCount, { count: group.totals.growing })}</Badge>}
        {group.totals.noConsumers > 0 && <Badge tone="red">{fmt(t.noConsumersCount, { count: group.totals.noConsumers })}</Badge>}
      </div>
    }>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{b?.name ?? t.noBroker}</caption>
          <thead className="text-xs text-slate-500">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1.5 pr-3 text-left font-medium">{t.columns.interface}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.columns.backlog}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.columns.lag}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.columns.deadLettered}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.columns.consumers}</th>
              <th scope="col" className="py-1.5 pl-2 text-left font-medium">{t.columns.trend}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {group.interfaces.map((q) => <QueueRow key={q.id} q={q} />)}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
