import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import type { TAlertEvent, TAlertEventResult } from "@/lib/schemas/alerts";
import type { Severity } from "@/lib/alerts/map-severity";
import { actOnAlerts } from "./act-on-alerts";
import { ingestAlerts } from "./ingest-alerts";

const PREFIX = "ev:";

const unknownKey = () => AppError.validation([{ path: "dedupKey", message: { key: "unknownDedupKey" } }]);

/**
 * POST /api/v1/alerts/events, PagerDuty Events v2's model. trigger: a new alert or a repeat of
 * the one with this dedup key (generated when absent, and returned). acknowledge: the sender says
 * someone is on it (audited as the sending credential). resolve: the sender says it is over.
 */
export async function receiveAlertEvent({ actor, event }: { actor: Actor; event: TAlertEvent }): Promise<TAlertEventResult> {
  const dedupKey = event.dedupKey ?? randomUUID();
  if (event.action === "acknowledge") {
    const found = await db().alert.findUnique({ where: { dedupKey: PREFIX + dedupKey }, select: { id: true } });
    if (!found) throw unknownKey();
    await actOnAlerts({ actor, ids: [found.id], action: "ACKNOWLEDGE" });
    const after = await db().alert.findUniqueOrThrow({ where: { id: found.id }, select: { state: true } });
    return { dedupKey, alertId: found.id, status: after.state };
  }
  let startsAt: string | undefined;
  let base: { title: string; summary: string; source: string; severity: Severity; labels: Record<string, string>; links: { href: string; text?: string }[] };
  if (event.action === "resolve") {
    const found = await db().alert.findUnique({ where: { dedupKey: PREFIX + dedupKey } });
    if (!found) throw unknownKey();
    startsAt = found.startsAt.toISOString();
    base = {
      title: found.title, summary: event.summary ?? found.summary, source: found.source, severity: found.severity,
      labels: found.labels as Record<string, string>, links: found.links as { href: string; text?: string }[],
    };
  } else {
    const labels = event.labels ?? {};
    base = {
      title: (labels.alertname ?? event.summary!).slice(0, 500), summary: event.summary!, source: event.source!,
      severity: event.severity!.toUpperCase() as Severity, labels, links: event.links ?? [],
    };
  }
  const at = event.timestamp ? new Date(event.timestamp).toISOString() : new Date().toISOString();
  const [stored] = await ingestAlerts({
    alerts: [{
      ...base, dedupKey: PREFIX + dedupKey, sourceKind: "GENERIC", fingerprint: null, annotations: {},
      state: event.action === "trigger" ? "FIRING" : "RESOLVED", startsAt: startsAt ?? at, endsAt: event.action === "resolve" ? at : null,
    }],
  });
  return { dedupKey, alertId: stored.id, status: stored.state };
}
