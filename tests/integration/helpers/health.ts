// Health inputs written the way ingestion writes them (HealthCurrent, and a day partition for raw
// samples), until the signals API is merged into this branch; the status itself is always decided
// by the server: a row whose staleAt has passed is re-decided before the next health read, which
// is also how the server notices time passing (advanceHealthClock).
import pg from "pg";
import { DATABASE_URL, queryDb } from "./db";

export type Sample = {
  subjectId: string;
  subjectType: "SYSTEM" | "INTERFACE";
  status: "UP" | "DEGRADED" | "DOWN" | null;
  at?: Date;
  source?: string;
  intervalMs?: number | null;
  latencyP95Ms?: number;
  errorRate?: number;
};

/** Creates the day partitions of HealthSample covering [from, to] (as the ingestion does ahead of time). */
export async function ensurePartitions(from: Date, to: Date): Promise<void> {
  for (let day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); day <= to.getTime(); day += 86_400_000) {
    const start = new Date(day).toISOString().slice(0, 10);
    const end = new Date(day + 86_400_000).toISOString().slice(0, 10);
    const name = `HealthSample_p${start.replaceAll("-", "")}`;
    await queryDb(`CREATE TABLE IF NOT EXISTS "${name}" PARTITION OF "HealthSample" FOR VALUES FROM ('${start}') TO ('${end}')`).catch((error) => {
      if (!/already exists/.test(String(error))) throw error; // two files creating the same day
    });
  }
}

/** Stores samples (raw and latest per source) and marks their records to be re-decided on the next read. */
export async function report(...samples: Sample[]): Promise<void> {
  for (const s of samples) {
    const at = s.at ?? new Date();
    const source = s.source ?? "test-monitor";
    await ensurePartitions(at, at);
    await queryDb(`INSERT INTO "HealthSample" ("subjectId", "at", "source", "subjectType", "status", "latencyP95Ms", "errorRate")
      VALUES ($1, $2, $3, $4::"SubjectType", $5::"SignalStatus", $6, $7) ON CONFLICT DO NOTHING`,
    [s.subjectId, at, source, s.subjectType, s.status, s.latencyP95Ms ?? null, s.errorRate ?? null]);
    await queryDb(`INSERT INTO "HealthCurrent" ("subjectId", "source", "subjectType", "at", "status", "intervalMs")
      VALUES ($1, $2, $3::"SubjectType", $4, $5::"SignalStatus", $6)
      ON CONFLICT ("subjectId", "source") DO UPDATE SET "at" = EXCLUDED."at", "status" = EXCLUDED."status", "intervalMs" = EXCLUDED."intervalMs"`,
    [s.subjectId, source, s.subjectType, at, s.status, s.intervalMs === undefined ? 60_000 : s.intervalMs]);
    await markForSettle(s.subjectId, s.subjectType);
  }
}

/** What ingestion's call to settleHealthStatus stands for here: the record is re-decided before the next read. */
export async function markForSettle(subjectId: string, subjectType: "SYSTEM" | "INTERFACE"): Promise<void> {
  await queryDb(`INSERT INTO "HealthStatus" ("subjectId", "subjectType", "state", "since", "staleAt", "updatedAt")
    VALUES ($1, $2::"SubjectType", 'NO_DATA', now(), now() - interval '1 second', now())
    ON CONFLICT ("subjectId") DO UPDATE SET "staleAt" = now() - interval '1 second'`, [subjectId, subjectType]);
}

/** A finished job run, as the events webhook stores it. */
export async function reportRun(o: { subjectId: string; subjectType: "SYSTEM" | "INTERFACE"; status: "SUCCEEDED" | "FAILED"; startedAt: Date; endedAt: Date; dataFreshAt?: Date }) {
  await queryDb(`INSERT INTO "JobRun" ("id", "subjectId", "subjectType", "runId", "source", "status", "startedAt", "endedAt", "dataFreshAt", "updatedAt")
    VALUES (gen_random_uuid()::text, $1, $2::"SubjectType", gen_random_uuid()::text, 'test-scheduler', $3::"JobRunStatus", $4, $5, $6, now())`,
  [o.subjectId, o.subjectType, o.status, o.startedAt, o.endedAt, o.dataFreshAt ?? null]);
  await markForSettle(o.subjectId, o.subjectType);
}

/**
 * Moves every stored health moment back by `minutes`, as if that much time had passed, with
 * triggers off: what the test then sees is the server noticing the lapse by itself (staleAt).
 */
export async function advanceHealthClock(minutes: number): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const shift = `${minutes} minutes`;
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`UPDATE "HealthCurrent" SET "at" = "at" - $1::interval`, [shift]);
    await client.query(`UPDATE "HealthStatus" SET "since" = "since" - $1::interval, "lastSampleAt" = "lastSampleAt" - $1::interval,
      "staleAt" = "staleAt" - $1::interval`, [shift]);
    await client.query(`UPDATE "JobRun" SET "startedAt" = "startedAt" - $1::interval, "endedAt" = "endedAt" - $1::interval,
      "dataFreshAt" = "dataFreshAt" - $1::interval`, [shift]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
