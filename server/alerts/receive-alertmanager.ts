import "server-only";
import type { TAlertmanagerWebhook } from "@/lib/schemas/alerts";
import { mapSeverity } from "@/lib/alerts/map-severity";
import { ingestAlerts, type IncomingAlert } from "./ingest-alerts";

// Go's zero time: Alertmanager sends it as endsAt of an alert that has no end yet.
const isZeroTime = (s: string | undefined) => !s || s.startsWith("0001-01-01");
const iso = (s: string) => new Date(s).toISOString();

/**
 * POST /api/v1/alerts/alertmanager: an Alertmanager webhook (v4). One alert per fingerprint
 * (dedup key `am:<fingerprint>`), from the receiver as source, titled by its alertname.
 */
export async function receiveAlertmanager({ payload }: { payload: TAlertmanagerWebhook }) {
  const alerts: IncomingAlert[] = payload.alerts.map((a) => {
    const annotations = a.annotations ?? {};
    return {
      dedupKey: `am:${a.fingerprint}`,
      sourceKind: "ALERTMANAGER",
      source: payload.receiver,
      fingerprint: a.fingerprint,
      title: (a.labels.alertname ?? "Alert").slice(0, 500),
      summary: (annotations.summary ?? annotations.description ?? "").slice(0, 4000),
      severity: mapSeverity(a.labels.severity),
      labels: a.labels,
      annotations,
      links: a.generatorURL && /^https?:\/\//.test(a.generatorURL) ? [{ href: a.generatorURL, text: "Source" }] : [],
      state: a.status === "firing" ? "FIRING" : "RESOLVED",
      startsAt: iso(a.startsAt),
      endsAt: isZeroTime(a.endsAt) ? null : iso(a.endsAt!),
    };
  });
  const stored = await ingestAlerts({ alerts });
  return { accepted: alerts.length, alerts: stored.map((s) => ({ dedupKey: s.dedupKey, alertId: s.id, status: s.state })) };
}
