// Background jobs on pg-boss with two app instances on one database: the suite's server (A) and a
// second production instance (B) both run a job runner. The daily schedule is stored once, each
// run is done once, and the compliance snapshot a run writes says what the results are now.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { closeDb, DATABASE_URL, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { startSecondInstance } from "./helpers/second-instance";

let instanceB: RunningServer | undefined;
// Only sends jobs: no workers, no cron monitor, no maintenance in the test process.
const sender = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });

async function until<T>(read: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const runners = async () =>
  (await queryDb<{ n: number }>(`SELECT count(DISTINCT "application_name")::int AS n FROM pg_stat_activity WHERE "application_name" LIKE 'junction-jobs-%'`))[0].n;

beforeAll(async () => {
  instanceB = await startSecondInstance();
  await until(async () => ((await runners()) >= 2 ? true : undefined), "both instances' job runners");
  // The first runner to start created pg-boss's schema and the queue; the sender does not migrate.
  await until(async () => ((await queryDb(`SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'schedule'`)).length ? true : undefined), "pg-boss's schema");
  await until(async () => ((await queryDb(`SELECT 1 FROM pgboss.schedule WHERE "name" = 'compliance-snapshot'`)).length ? true : undefined), "the schedule");
  await sender.start();
}, 120_000);

afterAll(async () => {
  await sender.stop({ graceful: false, wait: true });
  await instanceB?.stop();
  await closeDb();
});

/** Sends a snapshot run and waits for it to complete; returns its row. */
async function runSnapshot() {
  const id = await sender.send("compliance-snapshot", {});
  expect(id).toBeTruthy();
  return until(async () => {
    const [job] = await queryDb<{ state: string; retry_count: number; output: Record<string, unknown> }>(
      `SELECT "state", "retry_count", "output" FROM pgboss.job WHERE "id" = $1`, [id]);
    return job && ["completed", "failed"].includes(job.state) ? job : undefined;
  }, "the snapshot job");
}

type Counts = { standardId: string; pass: number; fail: number; waived: number };

/** The team's rows of today's snapshot, and the same counts taken from the results now. */
async function snapshotAndTruth(teamId: string) {
  const snapshot = await queryDb<Counts>(
    `SELECT "standardId", "pass", "fail", "waived" FROM "ComplianceSnapshot" WHERE "day" = current_date AND "teamId" = $1 ORDER BY 1`, [teamId]);
  const truth = await queryDb<Counts>(
    `SELECT st."id" AS "standardId",
            count(*) FILTER (WHERE r."results"->>st."id" = 'PASS')::int AS "pass",
            count(*) FILTER (WHERE r."results"->>st."id" IN ('FAIL', 'NEEDS_ATTESTATION', 'EXPIRED'))::int AS "fail",
            count(*) FILTER (WHERE r."results"->>st."id" = 'WAIVED')::int AS "waived"
       FROM "Standard" st
       JOIN "ComplianceRecord" r ON r."subjectType" = st."appliesTo"
       JOIN "System" s ON r."subjectType" = 'SYSTEM' AND s."id" = r."subjectId"
      WHERE st."active" AND s."teamId" = $1
      GROUP BY st."id" ORDER BY 1`, [teamId]);
  return { snapshot, truth };
}

describe("background jobs with two instances", () => {
  it("stores the daily schedule once, as a singleton queue, whichever instance started first", async () => {
    const schedules = await queryDb<{ cron: string; timezone: string }>(`SELECT "cron", "timezone" FROM pgboss.schedule WHERE "name" = 'compliance-snapshot'`);
    expect(schedules).toEqual([{ cron: "5 0 * * *", timezone: "UTC" }]);
    const queues = await queryDb<{ policy: string }>(`SELECT "policy" FROM pgboss.queue WHERE "name" = 'compliance-snapshot'`);
    expect(queues).toEqual([{ policy: "singleton" }]);
  });

  it("runs each snapshot once, and the snapshot follows the results as they change", async () => {
    const estate = await estateBuilder();
    const team = await estate.team();
    const system = await estate.system({ teamId: team.id, lifecycle: "ACTIVE", tier: 1 });
    const runbook = (await queryDb<{ id: string }>(`SELECT "id" FROM "Standard" WHERE "key" = 'system-runbook'`))[0].id;

    const first = await runSnapshot();
    expect(first).toMatchObject({ state: "completed", retry_count: 0 });
    const before = await snapshotAndTruth(team.id);
    expect(before.snapshot).toEqual(before.truth);
    expect(before.snapshot.find((c) => c.standardId === runbook)).toMatchObject({ pass: 0, fail: 1 });

    const res = await estate.eng.patch(`/api/v1/systems/${system.id}`, { version: system.version, runbookUrl: "https://run.example.com/jobs" });
    expect(res.status).toBe(200);
    // Several runs at once, while both instances poll: each completes exactly once, none retried.
    const runs = await Promise.all([runSnapshot(), runSnapshot(), runSnapshot()]);
    for (const run of runs) expect(run).toMatchObject({ state: "completed", retry_count: 0 });
    const after = await snapshotAndTruth(team.id);
    expect(after.snapshot).toEqual(after.truth);
    expect(after.snapshot.find((c) => c.standardId === runbook)).toMatchObject({ pass: 1, fail: 0 });
  });
});
