import "server-only";
import { db, type Tx } from "@/server/db";
import type { HealthState, SignalStatus, SubjectType } from "@/server/generated/prisma/enums";
import { decideHealthState, type JobRunInput, type SourceInput } from "./decide-health-state";

export type SettleHealthStatusOptions = {
  /** The records whose status may have changed; all records with a HealthCurrent row when omitted. */
  subjectIds?: string[];
  /** The clock: tests and the sweep pass their own. */
  now?: Date;
};

// Advisory locks are held to the end of a transaction and count against max_locks_per_transaction
// (64 × connections): a sweep over the whole estate goes in chunks, each its own transaction.
const CHUNK = 1_000;
const TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

type CurrentRow = { subjectId: string; subjectType: SubjectType; at: Date; status: SignalStatus | null; intervalMs: number | null };
type RunRow = { subjectId: string; subjectType: SubjectType; status: "SUCCEEDED" | "FAILED"; dataFreshAt: Date | null; objective: number | null };

// As text: ISO strings in UTC, which "timestamp without time zone" takes as the UTC wall time Prisma stores.
const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function settleChunk(tx: Tx, ids: string[], now: Date): Promise<number> {
  // Two instances settling the same record (two ingestion batches) take turns: each reads the
  // inputs after the other's write, so the later answer is always computed from the later inputs.
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtext('health:' || s.id)))::int AS n
    FROM (SELECT id FROM unnest(${ids}::text[]) AS t(id) ORDER BY id) s`;
  const [current, runs] = await Promise.all([
    tx.$queryRaw<CurrentRow[]>`SELECT "subjectId", "subjectType"::text AS "subjectType", "at", "status"::text AS "status", "intervalMs"
      FROM "HealthCurrent" WHERE "subjectId" = ANY(${ids}::text[])`,
    tx.$queryRaw<RunRow[]>`SELECT DISTINCT ON (r."subjectId") r."subjectId", r."subjectType"::text AS "subjectType",
        r."status"::text AS "status", r."dataFreshAt", i."sloFreshnessMinutes" AS "objective"
      FROM "JobRun" r LEFT JOIN "Interface" i ON i."id" = r."subjectId"
      WHERE r."subjectId" = ANY(${ids}::text[]) AND r."status" <> 'RUNNING'
      ORDER BY r."subjectId", r."startedAt" DESC`,
  ]);
  const sources = new Map<string, SourceInput[]>();
  const types = new Map<string, SubjectType>();
  for (const c of current) {
    (sources.get(c.subjectId) ?? sources.set(c.subjectId, []).get(c.subjectId)!).push(c);
    types.set(c.subjectId, c.subjectType);
  }
  const lastRuns = new Map<string, RunRow>(runs.map((r) => [r.subjectId, r]));
  for (const r of runs) types.set(r.subjectId, r.subjectType);

  const rows: { id: string; type: SubjectType; state: HealthState; staleAt: Date | null; lastSampleAt: Date | null }[] = [];
  for (const id of ids) {
    const run = lastRuns.get(id);
    const lastRun: JobRunInput | null = run ? { status: run.status, dataFreshAt: run.dataFreshAt } : null;
    const decision = decideHealthState({ sources: sources.get(id) ?? [], lastRun, freshnessObjectiveMinutes: run?.objective ?? null, now });
    if (decision) rows.push({ id, type: types.get(id)!, ...decision });
  }
  // A record with no inputs left (never reported, or its inputs expired) is unknown: no row.
  const decided = new Set(rows.map((r) => r.id));
  const gone = ids.filter((id) => !decided.has(id));
  const removed = gone.length ? await tx.$executeRaw`DELETE FROM "HealthStatus" WHERE "subjectId" = ANY(${gone}::text[])` : 0;
  if (rows.length === 0) return removed;
  // `since` and `rev` move only when the state changes; staleAt and lastSampleAt follow the inputs.
  return removed + await tx.$executeRaw`
    INSERT INTO "HealthStatus" ("subjectId", "subjectType", "state", "since", "lastSampleAt", "staleAt", "rev", "updatedAt")
    SELECT r.id, r.type::"SubjectType", r.state::"HealthState", ${now}, r.last, r.stale, nextval('"HealthStatus_rev_seq"'), ${now}
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.state)}::text[],
                  ${rows.map((r) => iso(r.lastSampleAt))}::timestamp[], ${rows.map((r) => iso(r.staleAt))}::timestamp[]) AS r(id, type, state, last, stale)
    ON CONFLICT ("subjectId") DO UPDATE SET
      "since" = CASE WHEN "HealthStatus"."state" = EXCLUDED."state" THEN "HealthStatus"."since" ELSE EXCLUDED."since" END,
      "rev" = CASE WHEN "HealthStatus"."state" = EXCLUDED."state" THEN "HealthStatus"."rev" ELSE EXCLUDED."rev" END,
      "state" = EXCLUDED."state", "lastSampleAt" = EXCLUDED."lastSampleAt", "staleAt" = EXCLUDED."staleAt", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "HealthStatus"."state" IS DISTINCT FROM EXCLUDED."state" OR "HealthStatus"."staleAt" IS DISTINCT FROM EXCLUDED."staleAt"
       OR "HealthStatus"."lastSampleAt" IS DISTINCT FROM EXCLUDED."lastSampleAt"`;
}

/**
 * Recomputes HealthStatus for the given records (decide-health-state.ts has the rules) from their
 * sources' latest samples (HealthCurrent) and latest finished job run. Called by ingestion after
 * each batch, by reads for rows whose staleAt has passed, and by the health-sweep job. Returns the
 * number of rows written.
 */
export async function settleHealthStatus({ subjectIds, now = new Date() }: SettleHealthStatusOptions): Promise<number> {
  const ids = subjectIds
    ? [...new Set(subjectIds)]
    : (await db().$queryRaw<{ id: string }[]>`SELECT "subjectId" AS id FROM "HealthCurrent" UNION SELECT "subjectId" FROM "JobRun"`).map((r) => r.id);
  let written = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    written += await db().$transaction((tx) => settleChunk(tx, chunk, now), TRANSACTION);
  }
  return written;
}
