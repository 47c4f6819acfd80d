"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import type { TNotification } from "@/lib/schemas/notify-delivery";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { DeliveryAttempts } from "./delivery-attempts";
import { useRetryNotification } from "./use-notify";

const noSort = () => {};
const TONES = { PENDING: "amber", DELIVERED: "emerald", DEAD: "red" } as const;

function StateCell({ n, canRetry }: { n: TNotification; canRetry: boolean }) {
  const { m, locale } = useI18n();
  const t = m.notify.deliveries;
  const retry = useRetryNotification();
  return (
    <div className="space-y-1">
      <Badge tone={TONES[n.state]}>{t.states[n.state]}</Badge>
      {n.state === "PENDING" && n.attempts > 0 && <p className="text-xs text-slate-500">{fmt(t.nextAttempt, { at: formatDateTime(n.nextAttemptAt, locale) })}</p>}
      {n.state === "DEAD" && canRetry && (
        <Button variant="secondary" disabled={retry.isPending} aria-label={`${t.retry}: ${n.message.subject}`} onClick={() => retry.mutate(n.id)}>
          {retry.isPending ? t.retrying : t.retry}
        </Button>
      )}
    </div>
  );
}

function AttemptsCell({ n }: { n: TNotification }) {
  const { m } = useI18n();
  const t = m.notify.deliveries;
  const [open, setOpen] = useState(false);
  return (
    <div>
      <span className="mr-2 tabular-nums">{n.attempts}</span>
      {n.attemptLog.length > 0 && (
        <Button variant="ghost" className="px-1.5 py-0.5 text-xs" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.attemptsHide : t.attemptsShow}
        </Button>
      )}
      {open && <DeliveryAttempts attempts={n.attemptLog} />}
    </div>
  );
}

/** The delivery log's rows: what was sent to whom (and why them), its state, its attempts. */
export function DeliveriesTable({ items, canRetry }: { items: TNotification[]; canRetry: boolean }) {
  const { m, locale } = useI18n();
  const t = m.notify.deliveries;
  const columns: Column<TNotification>[] = [
    { id: "createdAt", header: t.columns.createdAt, className: "whitespace-nowrap", cell: (n) => formatDateTime(n.createdAt, locale) },
    { id: "kind", header: t.columns.kind, cell: (n) => t.kinds[n.kind] },
    {
      id: "target", header: t.columns.target, cell: (n) => (
        <div>
          <span className="font-medium">{n.channel ? n.channel.name : n.user ? fmt(t.person, { name: n.user.name }) : "—"}</span>
          {n.targetNote && <p className="text-xs text-slate-500">{n.targetNote}</p>}
        </div>
      ),
    },
    { id: "message", header: t.columns.message, cell: (n) => <span className="break-words">{n.message.subject}</span> },
    { id: "state", header: t.columns.state, cell: (n) => <StateCell n={n} canRetry={canRetry} /> },
    { id: "attempts", header: t.columns.attempts, cell: (n) => <AttemptsCell n={n} /> },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={items} rowKey={(n) => n.id} sort="" onSort={noSort} />;
}
