import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { PendingWork } from "./process-pending-alerts";

/** At most this many alerts per sweep: a backlog drains over a few minutes rather than in one transaction. */
const LIMIT = 2_000;

/**
 * What intake stored but did not process (the instance stopped between its two steps, or the
 * second failed): firing, mapped, unsuppressed alerts in no incident, and unresolved incidents
 * with no unresolved alert. `olderThan` leaves the newest to the instance that just stored them.
 */
export async function findPendingAlerts({ olderThan }: { olderThan: Date }): Promise<PendingWork> {
  const [alerts, incidents] = await Promise.all([
    db().$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id" FROM "Alert" WHERE "state" <> 'RESOLVED' AND "systemId" IS NOT NULL AND "suppressedBy" IS NULL
         AND "incidentId" IS NULL AND "acknowledgedAt" IS NULL AND "lastSeenAt" < ${olderThan} ORDER BY "lastSeenAt" LIMIT ${LIMIT}`),
    db().$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT i."id" FROM "Incident" i WHERE i."state" <> 'RESOLVED' AND i."openedAt" < ${olderThan}
         AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."incidentId" = i."id" AND a."state" <> 'RESOLVED') LIMIT ${LIMIT}`),
  ]);
  return { alertIds: alerts.map((a) => a.id), incidentIds: incidents.map((i) => i.id) };
}
