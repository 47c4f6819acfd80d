import "server-only";
import { pool } from "@/server/db";

/** A valid sample, its target resolved. */
export type SampleRow = {
  subjectId: string; subjectType: "SYSTEM" | "INTERFACE"; atMs: number; source: string;
  status: string | null; latencyP95Ms: number | null; latencyP99Ms: number | null; errorRate: number | null;
  throughput: number | null; backlog: number | null; lagMessages: number | null; lagSeconds: number | null;
  deadLettered: number | null; consumers: number | null;
};

const COLUMNS = ["subjectId", "at", "source", "subjectType", "status", "latencyP95Ms", "latencyP99Ms", "errorRate",
  "throughput", "backlog", "lagMessages", "lagSeconds", "deadLettered", "consumers"] as const;
const TYPES = ["text", "timestamp(3)", "text", '"SubjectType"', '"SignalStatus"', "real", "real", "real", "real",
  "bigint", "bigint", "real", "bigint", "int"];
const quoted = COLUMNS.map((c) => `"${c}"`).join(", ");

// One statement, one round trip: the samples as arrays through unnest(), stored unless already
// there (subject, time, source: a resend is a no-op), and from the rows actually inserted the
// latest per subject and source upserted into HealthCurrent with the source's usual interval
// (a moving average: 3/4 of the old, 1/4 of the new, from the time since the previous latest
// spread over the samples that came in between). Rows go in key order, so two batches that
// touch the same keys lock them in the same order and cannot deadlock.
const SQL = `
WITH input AS (
  SELECT * FROM unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(", ")}) AS t(${quoted})
   ORDER BY 1, 2, 3
), ins AS (
  INSERT INTO "HealthSample" (${quoted}) SELECT ${quoted} FROM input
  ON CONFLICT DO NOTHING
  RETURNING "subjectId", "at", "source", "subjectType", "status"
), latest AS (
  SELECT DISTINCT ON ("subjectId", "source") "subjectId", "source", "subjectType", "at", "status",
         count(*) OVER w AS "n", min("at") OVER w AS "firstAt"
    FROM ins WINDOW w AS (PARTITION BY "subjectId", "source")
   ORDER BY "subjectId", "source", "at" DESC
), cur AS (
  INSERT INTO "HealthCurrent" AS c ("subjectId", "source", "subjectType", "at", "status", "intervalMs")
  SELECT "subjectId", "source", "subjectType", "at", "status",
         CASE WHEN "n" > 1 THEN round(extract(epoch FROM "at" - "firstAt") * 1000 / ("n" - 1))::int END
    FROM latest
  ON CONFLICT ("subjectId", "source") DO UPDATE SET
    "intervalMs" = CASE WHEN EXCLUDED."at" <= c."at" THEN c."intervalMs" ELSE (
      SELECT round(coalesce(c."intervalMs" * 0.75 + step * 0.25, step))::int
        FROM (SELECT extract(epoch FROM EXCLUDED."at" - c."at") * 1000 / l."n" AS step
                FROM latest l WHERE l."subjectId" = EXCLUDED."subjectId" AND l."source" = EXCLUDED."source") s) END,
    "status" = CASE WHEN EXCLUDED."at" >= c."at" THEN EXCLUDED."status" ELSE c."status" END,
    "at" = GREATEST(c."at", EXCLUDED."at")
  RETURNING 1
)
SELECT (SELECT count(*) FROM ins)::int AS "inserted",
       (SELECT count(*) FROM cur)::int AS "current",
       coalesce((SELECT array_agg(DISTINCT "subjectId") FROM latest), '{}') AS "subjectIds"`;

/** "2026-12-04 14:03:00.000": the columns hold UTC without a zone. */
const utc = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 23);

export type InsertSamplesOptions = { rows: SampleRow[] };

/** Stores a batch; returns how many were new and the records whose latest sample changed. */
export async function insertSamples({ rows }: InsertSamplesOptions): Promise<{ inserted: number; subjectIds: string[] }> {
  const arrays: unknown[][] = COLUMNS.map(() => new Array(rows.length));
  rows.forEach((r, i) => {
    const values = [r.subjectId, utc(r.atMs), r.source, r.subjectType, r.status, r.latencyP95Ms, r.latencyP99Ms, r.errorRate,
      r.throughput, r.backlog, r.lagMessages, r.lagSeconds, r.deadLettered, r.consumers];
    values.forEach((v, c) => (arrays[c][i] = v));
  });
  const result = await pool().query<{ inserted: number; subjectIds: string[] }>({ name: "junction_insert_samples", text: SQL, values: arrays });
  return result.rows[0];
}
