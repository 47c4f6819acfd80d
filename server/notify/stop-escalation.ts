import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { SQL_NOW } from "./sql-now";

export type StopEscalationOptions = { incidentId: string; reason: "ACKNOWLEDGED" | "RESOLVED" };

/**
 * No further step runs: the step runner claims only rows with stoppedAt null, in a conditional
 * update, so a step racing with this either ran before (and notified) or does not run at all.
 */
export async function stopEscalation(tx: Tx, { incidentId, reason }: StopEscalationOptions): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    UPDATE "IncidentEscalation" SET "stoppedAt" = ${SQL_NOW}, "stopReason" = ${reason}, "nextAt" = NULL
     WHERE "incidentId" = ${incidentId} AND "stoppedAt" IS NULL`);
}
