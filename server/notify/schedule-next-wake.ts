import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { sendJob } from "@/server/jobs/job-queue";
import { SQL_NOW } from "./sql-now";

/**
 * Queues a notify job at the next moment something falls due (an escalation step, a retry, a
 * lapsing lease), unless one is queued by then already: each run leaves at most one follow-up,
 * so the chain of jobs neither breaks nor multiplies. The minute sweep covers a lost one.
 */
export async function scheduleNextWake(): Promise<void> {
  const [next] = await db().$queryRaw<{ at: Date | null }[]>(Prisma.sql`
    SELECT least(
      (SELECT min("nextAt") FROM "IncidentEscalation" WHERE "stoppedAt" IS NULL AND "nextAt" > ${SQL_NOW}),
      (SELECT min(greatest("nextAttemptAt", coalesce("leaseUntil", "nextAttemptAt"))) FROM "Notification"
        WHERE "state" = 'PENDING' AND greatest("nextAttemptAt", coalesce("leaseUntil", "nextAttemptAt")) > ${SQL_NOW})
    ) AS "at"`);
  if (!next?.at) return;
  const queued = await db().$queryRaw<unknown[]>(Prisma.sql`
    SELECT 1 FROM pgboss.job
     WHERE "name" = 'notify' AND "state" IN ('created', 'retry') AND "start_after" <= ${next.at.toISOString()}::timestamptz + interval '500 milliseconds'
     LIMIT 1`);
  if (queued.length) return;
  await sendJob({ name: "notify", startAfter: next.at });
}
