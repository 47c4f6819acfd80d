"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { deliveryListQuery } from "@/lib/queries/notify";

/** What became of a test message: queued, delivered, or the error of its last attempt. */
export function ChannelTestResult({ channelId, notificationId }: { channelId: string; notificationId: string }) {
  const { m } = useI18n();
  const t = m.notify.channels;
  const log = useQuery(deliveryListQuery({ channelId }));
  const item = log.data?.items.find((n) => n.id === notificationId);
  const text = item?.state === "DELIVERED"
    ? t.testDelivered
    : item?.lastError
      ? fmt(t.testFailed, { error: item.lastError })
      : t.testQueued;
  const tone = item?.state === "DELIVERED" ? "text-emerald-700" : item?.lastError ? "text-red-700" : "text-slate-600";
  return <p role="status" className={`text-xs ${tone}`}>{text}</p>;
}
