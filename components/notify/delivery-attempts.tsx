"use client";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { TNotification } from "@/lib/schemas/notify-delivery";

/** A notification's attempts, oldest first: when, the outcome, the HTTP status or the error. */
export function DeliveryAttempts({ attempts }: { attempts: TNotification["attemptLog"] }) {
  const { m, locale } = useI18n();
  const t = m.notify.deliveries;
  return (
    <ol className="mt-2 space-y-1 text-xs">
      {attempts.map((a, i) => (
        <li key={i} className={a.ok ? "text-emerald-700" : "text-red-700"}>
          {formatDateTime(a.at, locale)} · {a.ok ? t.attemptOk : t.attemptFailed}
          {a.httpStatus !== null && ` · HTTP ${a.httpStatus}`} · {a.durationMs} ms
          {a.error && <span className="block break-all text-slate-600">{a.error}</span>}
        </li>
      ))}
    </ol>
  );
}
