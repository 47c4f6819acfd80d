import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { getGraph } from "@/server/graph/get-graph";
import { wakeNotifier } from "@/server/notify/escalation-hooks";
import type { FiringAlert } from "./assign-incidents";
import { processAlerts } from "./process-alerts";
import { retryOnConflict } from "./retry-on-conflict";

export type PendingWork = { alertIds: string[]; incidentIds: string[] };
export type ProcessPendingAlertsOptions = PendingWork & { now?: Date };

/**
 * Intake's second step, in a transaction of its own after the alerts were stored: alerts that
 * fire, are mapped, not suppressed, in no incident and not already acknowledged (someone took it
 * between the two steps: nobody needs paging) join or open one; incidents whose alerts
 * all resolved resolve. The alerts are taken under row locks, skipping those another instance
 * holds (it is processing them), and re-read, so whatever happened since they were stored (a
 * resolve, a person's action, another instance) is what counts. Returns how many were processed.
 */
export async function processPendingAlerts({ alertIds, incidentIds, now = new Date() }: ProcessPendingAlertsOptions): Promise<number> {
  if (!alertIds.length && !incidentIds.length) return 0;
  const graph = await getGraph();
  const result = await retryOnConflict(() =>
    db().$transaction(async (tx) => {
      const firing = alertIds.length
        ? await tx.$queryRaw<FiringAlert[]>(Prisma.sql`
            SELECT "id", "source", "title", "severity"::text AS "severity", "systemId" FROM "Alert"
             WHERE "id" = ANY(${alertIds}::text[]) AND "state" <> 'RESOLVED' AND "systemId" IS NOT NULL
               AND "suppressedBy" IS NULL AND "incidentId" IS NULL AND "acknowledgedAt" IS NULL
             ORDER BY "id" FOR UPDATE SKIP LOCKED`)
        : [];
      const { opened } = await processAlerts({ tx, graph, firing, resolvedIncidentIds: incidentIds, now });
      return { processed: firing.length + incidentIds.length, opened };
    }),
  );
  // Resolutions enqueue recovery notices and new incidents start escalation: deliver them now.
  if (result.processed) wakeNotifier();
  return result.processed;
}
