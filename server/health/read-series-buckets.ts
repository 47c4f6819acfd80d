import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthSeries } from "@/lib/schemas/health-views";

export type ReadSeriesBucketsOptions = { subjectId: string; from: Date; to: Date; stepSeconds: number; rollups: boolean };

type Bucket = THealthSeries["buckets"][number];
const METRICS = ["latencyP95", "latencyP99", "errorRate", "throughput", "backlog", "lagMessages", "lagSeconds", "deadLettered", "consumers"] as const;
type Row = { t: number; samples: number; worst: number | null } & Record<(typeof METRICS)[number], number | null>;

const WORST = [null, "UP", "DEGRADED", "DOWN"] as const;
const ORIGIN = Prisma.sql`TIMESTAMP '2000-01-01 00:00:00'`;
// Figures rounded where they are made: 3 significant decimals are all a chart shows, and a week at
// one-minute resolution is 10,080 buckets (the JSON is a third smaller).
const r = (expr: string, digits = 2) => Prisma.raw(`round((${expr})::numeric, ${digits})::float8`);

/**
 * Samples in buckets of stepSeconds (date_bin), straight from the raw partitions: the primary key
 * (subjectId, at, source) makes one record's week an index range in 8 daily partitions (10,080
 * samples a source at one a minute). Over 30 days, the hourly rollups, and the raw samples for
 * the hours not rolled up yet. On the pg pool with times as epoch milliseconds (server/db-hot.ts):
 * mapping 10,000 rows through Prisma cost more than the query.
 */
export async function readSeriesBuckets({ subjectId, from, to, stepSeconds, rollups }: ReadSeriesBucketsOptions): Promise<Bucket[]> {
  const step = `${stepSeconds} seconds`;
  // As text: "timestamp without time zone" takes an ISO string as its UTC wall time.
  const [lo, hi] = [from.toISOString(), to.toISOString()];
  const raw = (since: Prisma.Sql) => Prisma.sql`
    SELECT date_bin(${step}::interval, "at", ${ORIGIN}) AS t, count(*)::int AS samples,
           max(CASE "status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 END) AS worst,
           avg("latencyP95Ms") AS "latencyP95", max("latencyP99Ms")::float8 AS "latencyP99", avg("errorRate") AS "errorRate",
           avg("throughput") AS "throughput", max("backlog")::float8 AS "backlog", max("lagMessages")::float8 AS "lagMessages",
           max("lagSeconds")::float8 AS "lagSeconds", max("deadLettered")::float8 AS "deadLettered", min("consumers")::float8 AS "consumers"
      FROM "HealthSample" WHERE "subjectId" = ${subjectId} AND "at" >= ${since} AND "at" < ${hi}::timestamp
     GROUP BY 1`;
  const rolled = Prisma.sql`SELECT date_bin(${step}::interval, "bucket", ${ORIGIN}) AS t, "samples",
      CASE WHEN "down" > 0 THEN 3 WHEN "degraded" > 0 THEN 2 WHEN "up" > 0 THEN 1 END AS worst,
      "latencyP95Avg"::float8 AS "latencyP95", "latencyP99Max"::float8 AS "latencyP99", "errorRateAvg"::float8 AS "errorRate",
      "throughputAvg"::float8 AS "throughput", "backlogMax"::float8 AS "backlog", "lagMessagesMax"::float8 AS "lagMessages",
      "lagSecondsMax"::float8 AS "lagSeconds", "deadLetteredMax"::float8 AS "deadLettered", "consumersMin"::float8 AS "consumers"
    FROM "HealthRollup" WHERE "subjectId" = ${subjectId} AND "grain" = 'HOUR' AND "bucket" >= ${lo}::timestamp AND "bucket" < c.cut`;
  // Hours before the latest rolled-up one come from the rollups; the rest (not rolled up yet) raw.
  const source = Prisma.sql`(SELECT coalesce(max("bucket") + interval '1 hour', ${lo}::timestamp) AS cut FROM "HealthRollup"
        WHERE "subjectId" = ${subjectId} AND "grain" = 'HOUR' AND "bucket" >= ${lo}::timestamp) c,
        LATERAL (${rolled} UNION ALL ${raw(Prisma.sql`c.cut`)}) b`;
  // Raw samples: one aggregation, rounded in place. Rollups: the rolled-up hours and the raw ones
  // after them, aggregated again into the requested step.
  const rows = rollups
    ? await hotRows<Row>("junction_health_series_rollups", Prisma.sql`
      SELECT (extract(epoch FROM b.t) * 1000)::float8 AS t, sum(b.samples)::int AS samples, max(b.worst) AS worst,
             ${r("avg(b.\"latencyP95\")")} AS "latencyP95", ${r("max(b.\"latencyP99\")")} AS "latencyP99", ${r("avg(b.\"errorRate\")", 5)} AS "errorRate",
             ${r("avg(b.\"throughput\")")} AS "throughput", max(b."backlog") AS "backlog", max(b."lagMessages") AS "lagMessages",
             ${r("max(b.\"lagSeconds\")")} AS "lagSeconds", max(b."deadLettered") AS "deadLettered", min(b."consumers") AS "consumers"
        FROM ${source} GROUP BY b.t ORDER BY b.t`)
    : await hotRows<Row>("junction_health_series_raw", Prisma.sql`
      SELECT (extract(epoch FROM date_bin(${step}::interval, "at", ${ORIGIN})) * 1000)::float8 AS t, count(*)::int AS samples,
             max(CASE "status" WHEN 'DOWN' THEN 3 WHEN 'DEGRADED' THEN 2 WHEN 'UP' THEN 1 END) AS worst,
             ${r("avg(\"latencyP95Ms\")")} AS "latencyP95", ${r("max(\"latencyP99Ms\")")} AS "latencyP99", ${r("avg(\"errorRate\")", 5)} AS "errorRate",
             ${r("avg(\"throughput\")")} AS "throughput", max("backlog")::float8 AS "backlog", max("lagMessages")::float8 AS "lagMessages",
             ${r("max(\"lagSeconds\")")} AS "lagSeconds", max("deadLettered")::float8 AS "deadLettered", min("consumers")::float8 AS "consumers"
        FROM "HealthSample" WHERE "subjectId" = ${subjectId} AND "at" >= ${lo}::timestamp AND "at" < ${hi}::timestamp
       GROUP BY 1 ORDER BY 1`);
  return rows.map((row) => {
    // Only what was reported in the bucket: absent keys instead of nine nulls per bucket.
    const bucket: Bucket = { t: new Date(row.t).toISOString(), samples: row.samples, worst: row.worst === null ? null : WORST[row.worst] };
    for (const k of METRICS) if (row[k] !== null) bucket[k] = row[k];
    return bucket;
  });
}
