import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { stopEscalation, wakeNotifier } from "@/server/notify/escalation-hooks";
import { getGraph } from "@/server/graph/get-graph";
import { processAlerts } from "./process-alerts";
import type { AlertAction } from "./act-on-alerts";

export type ActOnIncidentOptions = { actor: Actor; id: string; action: AlertAction; version?: number; now?: Date };

/**
 * Acknowledge or resolve a whole incident. Acknowledging marks its firing alerts acknowledged too
 * and stops escalation; resolving resolves every open alert by hand, then the incident (escalation
 * stops, a recovery notice is sent). Doing it again changes nothing.
 */
export async function actOnIncident({ actor, id, action, version, now = new Date() }: ActOnIncidentOptions) {
  const incident = await db().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ id: string; state: string; version: number }[]>(Prisma.sql`
      SELECT "id", "state"::text AS "state", "version" FROM "Incident" WHERE "id" = ${id} FOR UPDATE`);
    if (!before) throw AppError.notFound("incident");
    if (version !== undefined && before.version !== version) throw AppError.staleVersion("incident");
    const fromStates = action === "ACKNOWLEDGE" ? ["FIRING"] : ["FIRING", "ACKNOWLEDGED"];
    const target = action === "ACKNOWLEDGE" ? "ACKNOWLEDGED" : "RESOLVED";
    let changes = false;
    if (before.state !== "RESOLVED") {
      const moved = await tx.$queryRaw<{ id: string; fromState: string }[]>(Prisma.sql`
        WITH old AS (SELECT "id", "state" FROM "Alert" WHERE "incidentId" = ${id} AND "state"::text = ANY(${fromStates}::text[]) ORDER BY "id" FOR UPDATE)
        UPDATE "Alert" a SET "state" = ${target}::"AlertState", "version" = a."version" + 1,
               "acknowledgedAt" = CASE WHEN ${target} = 'ACKNOWLEDGED' THEN ${now}::timestamp ELSE a."acknowledgedAt" END,
               "acknowledgedById" = CASE WHEN ${target} = 'ACKNOWLEDGED' THEN ${actor.userId} ELSE a."acknowledgedById" END,
               "resolvedAt" = CASE WHEN ${target} = 'RESOLVED' THEN ${now}::timestamp ELSE a."resolvedAt" END
          FROM old WHERE a."id" = old."id" RETURNING a."id", old."state"::text AS "fromState"`);
      if (moved.length) {
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO "AlertTransition" ("alertId", "at", "fromState", "toState", "actorId")
          SELECT x."id", ${now}, x."fromState"::"AlertState", ${target}::"AlertState", ${actor.userId}
            FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS x("id" text, "fromState" text)`);
      }
      changes = action === "RESOLVE" || before.state === "OPEN" || moved.length > 0;
      if (action === "ACKNOWLEDGE" && before.state === "OPEN") {
        await tx.incident.update({
          where: { id },
          data: { state: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.userId, version: { increment: 1 } },
        });
        await stopEscalation(tx, { incidentId: id, reason: "ACKNOWLEDGED" });
      } else if (action === "RESOLVE") {
        // Resolves it (every alert now is), with stopEscalation + enqueueRecovery, under the incident lock.
        await processAlerts({ tx, graph: await getGraph(), firing: [], resolvedIncidentIds: [id], now });
      }
    }
    const after = await tx.incident.findUniqueOrThrow({ where: { id } });
    if (changes) await writeAudit(tx, { actor, action, entityType: "INCIDENT", entityId: id, before: { state: before.state }, after: { state: after.state } });
    return after;
  });
  wakeNotifier();
  return incident;
}
