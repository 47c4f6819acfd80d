import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { runEscalationStep, type DueStep } from "./run-escalation-step";
import { SQL_NOW } from "./sql-now";

const BATCH = 50;

/** Every escalation step that is due now, each in its own transaction; returns how many ran here. */
export async function runDueEscalations(): Promise<number> {
  const due = await db().$queryRaw<DueStep[]>(Prisma.sql`
    SELECT "incidentId", "policyId", "step", "round" FROM "IncidentEscalation"
     WHERE "stoppedAt" IS NULL AND "nextAt" <= ${SQL_NOW}
     ORDER BY "nextAt" LIMIT ${BATCH}`);
  let ran = 0;
  for (const step of due) if (await runEscalationStep(step)) ran++;
  return ran;
}
