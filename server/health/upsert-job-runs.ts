import "server-only";
import { pool } from "@/server/db";
import { newId } from "@/server/import/new-id";

export type JobRunRow = {
  subjectId: string; subjectType: "SYSTEM" | "INTERFACE"; runId: string; source: string; status: string;
  startedAtMs: number; endedAtMs: number | null; rows: number | null; dataFreshAtMs: number | null; qualityChecks: string;
};

const utc = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().replace("T", " ").slice(0, 23));

// A run is reported when it starts and again when it ends: (subject, runId) is the key and the
// later report fills in what it knows. A late "RUNNING" never turns a finished run back; what a
// report leaves out (end, rows, freshness, checks) keeps its stored value. A report that changes
// nothing updates no row (the WHERE), so it counts as a duplicate.
const NEXT = {
  status: `CASE WHEN EXCLUDED."status" = 'RUNNING' AND j."status" <> 'RUNNING' THEN j."status" ELSE EXCLUDED."status" END`,
  endedAt: `coalesce(EXCLUDED."endedAt", j."endedAt")`,
  rows: `coalesce(EXCLUDED."rows", j."rows")`,
  dataFreshAt: `coalesce(EXCLUDED."dataFreshAt", j."dataFreshAt")`,
  qualityChecks: `CASE WHEN EXCLUDED."qualityChecks" = '[]'::jsonb THEN j."qualityChecks" ELSE EXCLUDED."qualityChecks" END`,
};
const SQL = `
INSERT INTO "JobRun" AS j ("id", "subjectId", "subjectType", "runId", "source", "status", "startedAt", "endedAt", "rows",
                           "dataFreshAt", "qualityChecks", "updatedAt")
SELECT t.*, now() AT TIME ZONE 'UTC'
  FROM unnest($1::text[], $2::text[], $3::"SubjectType"[], $4::text[], $5::text[], $6::"JobRunStatus"[], $7::timestamp(3)[],
              $8::timestamp(3)[], $9::bigint[], $10::timestamp(3)[], $11::jsonb[]) AS t
 ORDER BY 2, 4
ON CONFLICT ("subjectId", "runId") DO UPDATE SET
  "status" = ${NEXT.status}, "startedAt" = EXCLUDED."startedAt", "endedAt" = ${NEXT.endedAt}, "rows" = ${NEXT.rows},
  "dataFreshAt" = ${NEXT.dataFreshAt}, "qualityChecks" = ${NEXT.qualityChecks}, "source" = EXCLUDED."source",
  "updatedAt" = EXCLUDED."updatedAt"
WHERE (j."status", j."startedAt", j."endedAt", j."rows", j."dataFreshAt", j."qualityChecks", j."source")
  IS DISTINCT FROM (${NEXT.status}, EXCLUDED."startedAt", ${NEXT.endedAt}, ${NEXT.rows}, ${NEXT.dataFreshAt}, ${NEXT.qualityChecks}, EXCLUDED."source")
RETURNING j."subjectId"`;

export type UpsertJobRunsOptions = { rows: JobRunRow[] };

/** One statement; `rows` must name each (subject, runId) once. Returns the subjects of changed runs. */
export async function upsertJobRuns({ rows }: UpsertJobRunsOptions): Promise<string[]> {
  if (!rows.length) return [];
  const col = <T>(f: (r: JobRunRow) => T) => rows.map(f);
  const result = await pool().query<{ subjectId: string }>({
    name: "junction_upsert_job_runs",
    text: SQL,
    values: [col(() => newId()), col((r) => r.subjectId), col((r) => r.subjectType), col((r) => r.runId), col((r) => r.source),
      col((r) => r.status), col((r) => utc(r.startedAtMs)), col((r) => utc(r.endedAtMs)), col((r) => r.rows),
      col((r) => utc(r.dataFreshAtMs)), col((r) => r.qualityChecks)],
  });
  return result.rows.map((r) => r.subjectId);
}
