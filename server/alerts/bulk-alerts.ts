import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { TAlertBulk } from "@/lib/schemas/alerts";
import { groupBy } from "@/lib/group-by";
import { actOnAlerts } from "./act-on-alerts";
import { createSilence } from "./create-silence";

export type BulkAlertsOptions = { actor: Actor; bulk: TAlertBulk };

const labelKey = (labels: Record<string, string>) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * POST /api/v1/alerts/bulk. acknowledge / resolve: as one each, in one transaction. silence: one
 * silence per distinct label set among the chosen alerts, matching exactly those labels (so the
 * same alerts arriving again stay silent until it ends), and the chosen unresolved alerts marked
 * silenced now. Ids not found are returned; the rest is applied.
 */
export async function bulkAlerts({ actor, bulk }: BulkAlertsOptions) {
  if (bulk.action !== "silence") {
    const { changed, notFound } = await actOnAlerts({ actor, ids: bulk.ids, action: bulk.action === "acknowledge" ? "ACKNOWLEDGE" : "RESOLVE" });
    return { changed: changed.length, notFound, silenceIds: [] };
  }
  const options = bulk.silence!;
  return db().$transaction(async (tx) => {
    const alerts = await tx.alert.findMany({ where: { id: { in: bulk.ids } }, select: { id: true, labels: true, state: true } });
    const found = new Set(alerts.map((a) => a.id));
    const silenceIds: string[] = [];
    let changed = 0;
    for (const group of groupBy(alerts, (a) => labelKey(a.labels as Record<string, string>)).values()) {
      const labels = group[0].labels as Record<string, string>;
      const matchers = Object.entries(labels).map(([label, value]) => ({ label, op: "=" as const, value }));
      if (!matchers.length) continue;
      const silence = await createSilence({ actor, tx, input: { matchers, endsAt: options.endsAt, comment: options.comment } });
      silenceIds.push(silence.id);
      const open = group.filter((a) => a.state !== "RESOLVED").map((a) => a.id);
      changed += (await tx.alert.updateMany({ where: { id: { in: open } }, data: { suppressedBy: "SILENCE", silenceId: silence.id } })).count;
    }
    return { changed, notFound: bulk.ids.filter((id) => !found.has(id)), silenceIds };
  });
}
