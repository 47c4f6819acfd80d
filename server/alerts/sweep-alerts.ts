import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { FLAP_CHANGES, FLAP_MINUTES } from "@/lib/alerts/alert-rules";
import { findPendingAlerts } from "./find-pending-alerts";
import { processPendingAlerts } from "./process-pending-alerts";
import { releaseSuppressedAlerts } from "./release-suppressed-alerts";

/** Rejected deliveries kept: the log is for inspecting what a sender gets wrong, not an archive. */
const REJECTIONS_KEPT = 10_000;

/**
 * The minute job (server/jobs/job-list.ts): alerts stored but not processed into incidents (the
 * instance that took them stopped first) are processed; suppressed alerts whose silence ended or whose window
 * closed are processed as new; alerts nobody sends any more stop flapping once calm; the
 * rejected-deliveries log is cut to its newest rows.
 */
export async function sweepAlerts(): Promise<Record<string, number>> {
  const now = new Date();
  // Stored more than 10 s ago and still waiting: the instance that stored them would have taken them by now.
  const recovered = await processPendingAlerts(await findPendingAlerts({ olderThan: new Date(now.getTime() - 10_000) }));
  const { released } = await releaseSuppressedAlerts({ now });
  const since = new Date(now.getTime() - FLAP_MINUTES * 60_000);
  const calmed = await db().$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "flapping" = false WHERE a."flapping"
       AND (SELECT count(*) FROM "AlertTransition" t WHERE t."alertId" = a."id" AND t."fromState" IS NOT NULL AND t."at" > ${since}) < ${FLAP_CHANGES}`);
  const trimmed = await db().$executeRaw(Prisma.sql`
    DELETE FROM "AlertRejection" WHERE "at" < (SELECT "at" FROM "AlertRejection" ORDER BY "at" DESC OFFSET ${REJECTIONS_KEPT} LIMIT 1)`);
  return { recovered, released, calmed, trimmed };
}
