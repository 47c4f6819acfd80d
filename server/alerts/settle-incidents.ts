import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { enqueueRecovery, stopEscalation } from "@/server/notify/escalation-hooks";

export type SettleIncidentsOptions = { tx: Tx; incidentIds: string[]; now: Date };

/**
 * Incidents whose alerts are all resolved (by their source or by hand) resolve: escalation stops
 * and a recovery notice goes to everyone the incident notified. Returns those resolved now.
 */
export async function settleIncidents({ tx, incidentIds, now }: SettleIncidentsOptions): Promise<string[]> {
  if (!incidentIds.length) return [];
  const resolved = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    UPDATE "Incident" i SET "state" = 'RESOLVED', "resolvedAt" = ${now}, "version" = i."version" + 1
     WHERE i."id" = ANY(${incidentIds}::text[]) AND i."state" <> 'RESOLVED'
       AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."incidentId" = i."id" AND a."state" <> 'RESOLVED')
    RETURNING i."id"`);
  for (const { id } of resolved) {
    await stopEscalation(tx, { incidentId: id, reason: "RESOLVED" });
    await enqueueRecovery(tx, { incidentId: id });
  }
  return resolved.map((r) => r.id);
}
