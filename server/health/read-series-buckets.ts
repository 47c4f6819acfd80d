import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthSeries } from "@/lib/schemas/health-views";

export type ReadSeriesBucketsOptions = { subjectId: string; from: Date; to: Date; stepSeconds: number; rollups: boolean };

type Bucket = THealthSeries["buckets"][number];
type Row = Omit<Bucket, "t" | "worst"> & { t: Date; worst: number | null };

const WORST = [null, "UP", "DEGRADED", "DOWN"] as const;
const ORIGIN = Prisma.sql`TIMESTAMP '2000-01-01 00:00:00'`;

/**
 * Samples in buckets of stepSeconds (date_bin), straight from the raw partitions: the primary key
 * (subjectId, at, source) makes one record's week an index range in 8 daily partitions (10,080
 * samples a source at one a minute). Over 30 days, the hourly rollups, and the raw samples for
 * the hours not rolled up yet.
 */
export async function readSeriesBuckets({ subjectId, from, to, stepSeconds, rollups }: ReadSeriesBucketsOptions): Promise<Bucket[]> {
  const step = `${stepSeconds} seconds`;
  const raw = (since: Prisma.Sql) => Prisma.sql`
    SELECT date_bin(${step}::interval, "at", ${ORIGIN}) AS t, count(*)::int AS samples,
           max(CASE "status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 END) AS worst,
           avg("latencyP95Ms")::float8 AS "latencyP95", max("latencyP99Ms")::float8 AS "latencyP99",
           avg("errorRate")::float8 AS "errorRate", avg("throughput")::float8 AS "throughput",
           max("backlog")::float8 AS "backlog", max("lagMessages")::float8 AS "lagMessages", max("lagSeconds")::float8 AS "lagSeconds",
           max("deadLettered")::float8 AS "deadLettered", min("consumers")::float8 AS "consumers"
      FROM "HealthSample" WHERE "subjectId" = ${subjectId} AND "at" >= ${since} AND "at" < ${to}
     GROUP BY 1`;
  let rows: Row[];
  if (!rollups) {
    rows = await db().$queryRaw<Row[]>`${raw(Prisma.sql`${from}`)} ORDER BY 1`;
  } else {
    // Hours before the latest rolled-up one come from the rollups; the rest (not rolled up yet) raw.
    const cut = Prisma.sql`(SELECT coalesce(max("bucket") + interval '1 hour', ${from}) FROM "HealthRollup"
      WHERE "subjectId" = ${subjectId} AND "grain" = 'HOUR' AND "bucket" >= ${from})`;
    rows = await db().$queryRaw<Row[]>`
      SELECT t, sum(samples)::int AS samples, max(worst) AS worst, avg("latencyP95")::float8 AS "latencyP95", max("latencyP99")::float8 AS "latencyP99",
             avg("errorRate")::float8 AS "errorRate", avg("throughput")::float8 AS "throughput", max("backlog")::float8 AS "backlog",
             max("lagMessages")::float8 AS "lagMessages", max("lagSeconds")::float8 AS "lagSeconds", max("deadLettered")::float8 AS "deadLettered",
             min("consumers")::float8 AS "consumers"
        FROM (
          SELECT date_bin(${step}::interval, "bucket", ${ORIGIN}) AS t, "samples",
                 CASE WHEN "down" > 0 THEN 3 WHEN "degraded" > 0 THEN 2 WHEN "up" > 0 THEN 1 END AS worst,
                 "latencyP95Avg" AS "latencyP95", "latencyP99Max" AS "latencyP99", "errorRateAvg" AS "errorRate", "throughputAvg" AS "throughput",
                 "backlogMax" AS "backlog", "lagMessagesMax" AS "lagMessages", "lagSecondsMax" AS "lagSeconds", "deadLetteredMax" AS "deadLettered",
                 "consumersMin" AS "consumers"
            FROM "HealthRollup" WHERE "subjectId" = ${subjectId} AND "grain" = 'HOUR' AND "bucket" >= ${from} AND "bucket" < ${cut}
          UNION ALL ${raw(cut)}
        ) b GROUP BY t ORDER BY t`;
  }
  return rows.map(({ t, worst, ...row }) => ({ t: t.toISOString(), worst: worst === null ? null : WORST[worst], ...row }));
}
