import "server-only";
import { db, type Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { auditActorFields } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { stopEscalation, wakeNotifier } from "@/server/notify/escalation-hooks";
import { getGraph } from "@/server/graph/get-graph";
import { processAlerts } from "./process-alerts";

export type AlertAction = "ACKNOWLEDGE" | "RESOLVE";
export type ActOnAlertsOptions = { actor: Actor; ids: string[]; action: AlertAction; version?: number; now?: Date };

type Locked = { id: string; state: string; incidentId: string | null; version: number };

async function acknowledgeIncidents(tx: Tx, actor: Actor, incidentIds: string[], now: Date) {
  const acked = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    UPDATE "Incident" SET "state" = 'ACKNOWLEDGED', "acknowledgedAt" = ${now}, "acknowledgedById" = ${actor.userId}, "version" = "version" + 1
     WHERE "id" = ANY(${incidentIds}::text[]) AND "state" = 'OPEN' RETURNING "id"`);
  if (!acked.length) return;
  await tx.auditEntry.createMany({
    data: acked.map(({ id }) => ({ ...auditActorFields(actor), action: "ACKNOWLEDGE" as const, entityType: "INCIDENT" as const, entityId: id, after: { state: "ACKNOWLEDGED" } })),
  });
  for (const { id } of acked) await stopEscalation(tx, { incidentId: id, reason: "ACKNOWLEDGED" });
}

/**
 * A person (or a sender's acknowledge event) acknowledges or resolves alerts, in one transaction
 * with their transitions and audit entries. Acknowledging an alert acknowledges its incident (a
 * person is on it: escalation stops); resolving the last open alert of an incident resolves it.
 * Alerts already in the target state are left as they are. A `version` (single alert) guards
 * against acting on something changed since it was read. Returns the ids changed and not found.
 */
export async function actOnAlerts({ actor, ids, action, version, now = new Date() }: ActOnAlertsOptions): Promise<{ changed: string[]; notFound: string[] }> {
  const result = await db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Locked[]>(Prisma.sql`
      SELECT "id", "state"::text AS "state", "incidentId", "version" FROM "Alert" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`);
    const found = new Set(locked.map((a) => a.id));
    const notFound = ids.filter((id) => !found.has(id));
    if (version !== undefined && locked[0] && locked[0].version !== version) throw AppError.staleVersion("alert");
    const target = action === "ACKNOWLEDGE" ? "ACKNOWLEDGED" : "RESOLVED";
    if (action === "ACKNOWLEDGE" && ids.length === 1 && locked[0]?.state === "RESOLVED") throw AppError.conflict({ key: "alertResolved" });
    const changing = locked.filter((a) => (action === "ACKNOWLEDGE" ? a.state === "FIRING" : a.state !== "RESOLVED"));
    if (changing.length) {
      const changeIds = changing.map((a) => a.id);
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Alert" SET "state" = ${target}::"AlertState", "version" = "version" + 1,
               "acknowledgedAt" = CASE WHEN ${target} = 'ACKNOWLEDGED' THEN ${now}::timestamp ELSE "acknowledgedAt" END,
               "acknowledgedById" = CASE WHEN ${target} = 'ACKNOWLEDGED' THEN ${actor.userId} ELSE "acknowledgedById" END,
               "resolvedAt" = CASE WHEN ${target} = 'RESOLVED' THEN ${now}::timestamp ELSE "resolvedAt" END
         WHERE "id" = ANY(${changeIds}::text[])`);
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "AlertTransition" ("alertId", "at", "fromState", "toState", "actorId")
        SELECT x."id", ${now}, x."state"::"AlertState", ${target}::"AlertState", ${actor.userId}
          FROM jsonb_to_recordset(${JSON.stringify(changing)}::jsonb) AS x("id" text, "state" text)`);
      await tx.auditEntry.createMany({
        data: changing.map((a) => ({
          ...auditActorFields(actor), action, entityType: "ALERT" as const, entityId: a.id, before: { state: a.state }, after: { state: target },
        })),
      });
      const incidentIds = [...new Set(changing.flatMap((a) => (a.incidentId ? [a.incidentId] : [])))];
      if (action === "ACKNOWLEDGE") await acknowledgeIncidents(tx, actor, incidentIds, now);
      else await processAlerts({ tx, graph: await getGraph(), firing: [], resolvedIncidentIds: incidentIds, now });
    }
    return { changed: changing.map((a) => a.id), notFound };
  });
  wakeNotifier();
  return result;
}
