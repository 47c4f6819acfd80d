import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { choosePolicy } from "./choose-policy";
import { readIncidentFacts } from "./read-incident-facts";
import { SQL_NOW } from "./sql-now";

export type StartEscalationOptions = { incidentId: string };

/**
 * An incident opened: its policy chosen now, step 0 due after its wait. The step itself runs in
 * the notify job (the caller wakes it after commit), so the incident's transaction stays short.
 * Started once per incident (a second call changes nothing).
 */
export async function startEscalation(tx: Tx, { incidentId }: StartEscalationOptions): Promise<void> {
  const incident = await readIncidentFacts(tx, incidentId);
  if (!incident) return;
  const policy = await choosePolicy(tx, { teamId: incident.teamId, tier: incident.tier });
  if (!policy || policy.steps.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "IncidentEscalation" ("incidentId", "policyId", "step", "round", "nextAt")
    VALUES (${incidentId}, ${policy.id}, 0, 0, ${SQL_NOW} + make_interval(mins => ${policy.steps[0].waitMinutes}::int))
    ON CONFLICT ("incidentId") DO NOTHING`);
}
