import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

export type SettleHealthStatusOptions = {
  /** The records whose status may have changed; all records with a HealthCurrent row when omitted. */
  subjectIds?: string[];
  /** The clock: tests and the sweep pass their own. */
  now?: Date;
};

/** A source's sample counts for the status this long after it was taken. */
export const FRESHNESS_MS = 15 * 60_000;

/**
 * Recomputes HealthStatus for the given records from HealthCurrent: the worst status among the
 * sources' latest samples that are still fresh. `since` moves only when the state changes.
 * (First version; the health model refines it: job runs, NO_DATA.)
 */
export async function settleHealthStatus({ subjectIds, now = new Date() }: SettleHealthStatusOptions): Promise<number> {
  const only = subjectIds ? Prisma.sql`AND c."subjectId" = ANY(${subjectIds}::text[])` : Prisma.empty;
  const fresh = new Date(now.getTime() - FRESHNESS_MS);
  return db().$executeRaw`
    INSERT INTO "HealthStatus" ("subjectId", "subjectType", "state", "since", "lastSampleAt", "updatedAt")
    SELECT c."subjectId", min(c."subjectType"::text)::"SubjectType",
           (CASE max(CASE c."status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 ELSE 0 END)
              FILTER (WHERE c."at" >= ${fresh})
              WHEN 3 THEN 'DOWN' WHEN 2 THEN 'DEGRADED' WHEN 1 THEN 'UP' ELSE 'NO_DATA' END)::"HealthState",
           ${now}, max(c."at"), ${now}
      FROM "HealthCurrent" c WHERE true ${only}
     GROUP BY c."subjectId"
    ON CONFLICT ("subjectId") DO UPDATE SET
      "since" = CASE WHEN "HealthStatus"."state" = EXCLUDED."state" THEN "HealthStatus"."since" ELSE EXCLUDED."since" END,
      "state" = EXCLUDED."state", "lastSampleAt" = EXCLUDED."lastSampleAt", "updatedAt" = EXCLUDED."updatedAt"`;
}
