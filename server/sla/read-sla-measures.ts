import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

export type SlaHours = { subjectId: string; up: number; degraded: number; down: number; statusHours: number; p95: number | null; hoursOver: number };
export type SlaRun = { subjectId: string; endedAt: Date; freshAt: Date };

export type ReadSlaMeasuresOptions = { ids: string[]; freshnessIds: string[]; from: Date; to: Date };

/**
 * The month's status counts and hourly p95 per interface, and its jobs' successful runs. Hours
 * come from the hourly rollups, and past the rolled-up ones from the raw samples, so the report is
 * current without waiting for the rollup job.
 */
export async function readSlaMeasures({ ids, freshnessIds, from, to }: ReadSlaMeasuresOptions) {
  // Rolled up through the newest bucket, but the last hour or two may have been rolled up while
  // still open: those come from the raw samples too.
  const [{ cut: rolledTo }] = await db().$queryRaw<{ cut: Date | null }[]>`
    SELECT least(max("bucket") + interval '1 hour', date_trunc('hour', now()) - interval '1 hour') AS "cut"
      FROM "HealthRollup" WHERE "grain" = 'HOUR' AND "bucket" < ${to}`;
  const cut = new Date(Math.max(from.getTime(), Math.min(to.getTime(), rolledTo?.getTime() ?? from.getTime())));
  const hours = ids.length === 0 ? [] : await db().$queryRaw<SlaHours[]>`
    WITH h AS (
      SELECT "subjectId", "up", "degraded", "down", "latencyP95Avg"::float8 AS "p95"
        FROM "HealthRollup"
       WHERE "grain" = 'HOUR' AND "subjectId" = ANY(${ids}::text[]) AND "bucket" >= ${from} AND "bucket" < ${cut}
      UNION ALL
      SELECT "subjectId", count(*) FILTER (WHERE "status" = 'UP')::int, count(*) FILTER (WHERE "status" = 'DEGRADED')::int,
             count(*) FILTER (WHERE "status" = 'DOWN')::int, avg("latencyP95Ms")::float8
        FROM "HealthSample"
       WHERE "subjectId" = ANY(${ids}::text[]) AND "at" >= ${cut} AND "at" < ${to}
       GROUP BY "subjectId", date_trunc('hour', "at"))
    SELECT h."subjectId", sum(h."up")::int AS "up", sum(h."degraded")::int AS "degraded", sum(h."down")::int AS "down",
           (count(*) FILTER (WHERE h."up" + h."degraded" + h."down" > 0))::int AS "statusHours",
           percentile_cont(0.95) WITHIN GROUP (ORDER BY h."p95") AS "p95",
           (count(*) FILTER (WHERE h."p95" > i."sloLatencyP95Ms"))::int AS "hoursOver"
      FROM h JOIN "Interface" i ON i."id" = h."subjectId"
     GROUP BY h."subjectId"`;
  const runs = freshnessIds.length === 0 ? [] : await db().$queryRaw<SlaRun[]>`
    SELECT "subjectId", "endedAt", coalesce("dataFreshAt", "startedAt") AS "freshAt" FROM "JobRun"
     WHERE "status" = 'SUCCEEDED' AND "subjectId" = ANY(${freshnessIds}::text[]) AND "endedAt" >= ${from} AND "endedAt" < ${to}
    UNION ALL
    SELECT * FROM (SELECT DISTINCT ON ("subjectId") "subjectId", "endedAt", coalesce("dataFreshAt", "startedAt") FROM "JobRun"
     WHERE "status" = 'SUCCEEDED' AND "subjectId" = ANY(${freshnessIds}::text[]) AND "endedAt" < ${from}
     ORDER BY "subjectId", "endedAt" DESC) before
    ORDER BY 1, 2`;
  return { hours, runs };
}

export const slaTeamFilter = (teamId: string | undefined) =>
  teamId ? Prisma.sql`AND coalesce(i."teamId", p."teamId") = ${teamId}` : Prisma.empty;
