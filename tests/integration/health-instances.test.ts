// Health storage with two app instances on one database: the suite's server (A) and a second
// production instance (B, with an ingestion rate limit of 3 a minute). The rate limit counts in
// PostgreSQL, so B refuses what A and B took together; the storage and rollup jobs run once each
// however often they are queued, drop expired day partitions whole (a row-level DELETE on them
// would fail: a trigger forbids it), and rewrite the same rollup rows when run again.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { withToken, type ApiClient } from "./helpers/client";
import { closeDb, DATABASE_URL, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { machineToken } from "./helpers/ingest";
import { startSecondInstance } from "./helpers/second-instance";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let instanceB: RunningServer | undefined;
const sender = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });
let system: { id: string; key: string };
let ingestA: ApiClient;
let secret: string;

async function until<T>(read: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const pending = async (name: string) =>
  (await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE "name" = $1 AND "state" IN ('created', 'retry', 'active')`, [name]))[0].n;

const queued = async (name: string) =>
  (await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE "name" = $1`, [name]))[0].n;

async function runJob(name: string) {
  const id = await sender.send(name, {});
  expect(id).toBeTruthy();
  return until(async () => {
    const [job] = await queryDb<{ state: string; retry_count: number; output: Record<string, unknown> }>(
      `SELECT "state", "retry_count", "output" FROM pgboss.job WHERE "id" = $1`, [id]);
    return job && ["completed", "failed"].includes(job.state) ? job : undefined;
  }, `the ${name} job`);
}

beforeAll(async () => {
  system = await (await estateBuilder()).system({});
  secret = (await machineToken("INGEST")).secret;
  ingestA = withToken(secret);
  const before = { rollup: await queued("health-rollup"), storage: await queued("health-storage") };
  instanceB = await startSecondInstance({ HEALTH_INGEST_RATE_LIMIT: "3" });
  await sender.start();
  // B's runner queues a start-up run of each job once it is up; wait for those runs to be queued
  // and done, so none of them runs in the middle of a test (they would drop or roll up first).
  await until(async () => ((await queued("health-rollup")) > before.rollup && (await queued("health-storage")) > before.storage ? true : undefined), "B's start-up runs");
  await until(async () => ((await pending("health-rollup")) + (await pending("health-storage")) === 0 ? true : undefined), "the start-up runs to finish");
}, 180_000);

afterAll(async () => {
  await sender.stop({ graceful: false, wait: true });
  await instanceB?.stop();
  await closeDb();
});

const one = (secondsAgo: number, source: string) => ({
  samples: [{ target: { type: "SYSTEM", id: system.id }, at: new Date(Date.now() - secondsAgo * 1000).toISOString(), source, status: "UP" }],
});

describe("two instances", () => {
  it("limit ingestion per token across instances: 429 with Retry-After past the limit", async () => {
    const ingestB = withToken(secret, instanceB!.url);
    // Keep all four requests inside one minute window.
    const second = new Date().getUTCSeconds();
    if (second > 50) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    expect((await ingestA.post("/api/v1/health/signals", one(1, "rate"))).status).toBe(200);
    expect((await ingestA.post("/api/v1/health/signals", one(2, "rate"))).status).toBe(200);
    expect((await ingestB.post("/api/v1/health/signals", one(3, "rate"))).status).toBe(200);
    const refused = await ingestB.post("/api/v1/health/signals", one(4, "rate"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await queryDb(`SELECT 1 FROM "HealthSample" WHERE "subjectId" = $1 AND "source" = 'rate'`, [system.id])).toHaveLength(3);
  });

  it("stores each job's schedule once, on singleton queues", async () => {
    const schedules = await queryDb(`SELECT "name", "cron" FROM pgboss.schedule WHERE "name" LIKE 'health-%' ORDER BY 1`);
    expect(schedules).toEqual([
      { name: "health-rollup", cron: "*/5 * * * *" }, { name: "health-storage", cron: "7 * * * *" }, { name: "health-sweep", cron: "* * * * *" },
    ]);
    const queues = await queryDb(`SELECT DISTINCT "policy" FROM pgboss.queue WHERE "name" LIKE 'health-%'`);
    expect(queues).toEqual([{ policy: "singleton" }]);
  });

  it("drops expired day partitions whole, keeps the others, makes the next days, deletes expired rollups", async () => {
    const old = new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10);
    const next = new Date(Date.parse(old) + DAY).toISOString().slice(0, 10);
    const table = `HealthSample_p${old.replaceAll("-", "")}`;
    await queryDb(`CREATE TABLE IF NOT EXISTS "${table}" PARTITION OF "HealthSample" FOR VALUES FROM ('${old}') TO ('${next}')`);
    await queryDb(`INSERT INTO "${table}" ("subjectId", "at", "source", "subjectType") VALUES ($1, $2, 'old', 'SYSTEM') ON CONFLICT DO NOTHING`, [system.id, `${old} 12:00:00`]);
    await queryDb(`CREATE OR REPLACE FUNCTION junction_test_no_row_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rows deleted one by one'; END $$`);
    await queryDb(`CREATE TRIGGER no_row_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION junction_test_no_row_delete()`);
    const rollup = (grain: string, ms: number) => queryDb(
      `INSERT INTO "HealthRollup" ("subjectId", "grain", "bucket", "subjectType", "samples", "up", "degraded", "down") VALUES ($1, $2, $3, 'SYSTEM', 1, 1, 0, 0)`,
      [system.id, grain, new Date(ms).toISOString()]);
    await rollup("HOUR", Date.now() - 100 * DAY);
    await rollup("HOUR", Date.now() - 30 * DAY);
    await rollup("DAY", Date.now() - 800 * DAY);
    const todayRows = (await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "HealthSample" WHERE "at" >= current_date`))[0].n;

    const runs = await Promise.all([runJob("health-storage"), runJob("health-storage"), runJob("health-storage")]);
    for (const run of runs) expect(run).toMatchObject({ state: "completed", retry_count: 0 });
    expect(runs.map((r) => r.output.dropped).flat()).toEqual([old]); // dropped by exactly one run

    const partitions = (await queryDb<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"HealthSample"'::regclass`)).map((r) => r.name);
    expect(partitions).not.toContain(table);
    for (let d = 0; d <= 2; d++) expect(partitions).toContain(`HealthSample_p${new Date(Date.now() + d * DAY).toISOString().slice(0, 10).replaceAll("-", "")}`);
    expect((await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "HealthSample" WHERE "at" >= current_date`))[0].n).toBe(todayRows);
    const left = await queryDb<{ grain: string }>(`SELECT "grain"::text FROM "HealthRollup" WHERE "subjectId" = $1 ORDER BY "bucket"`, [system.id]);
    expect(left.map((r) => r.grain)).toEqual(["HOUR"]);
  });

  it("rolls up the hours missed while no instance ran, once, and rewrites the same rows when run again", async () => {
    const hour = Math.floor(Date.now() / HOUR) * HOUR - HOUR; // the last closed hour
    const at = (minute: number) => new Date(hour + minute * 60_000).toISOString();
    const target = { type: "SYSTEM", id: system.id };
    const samples = [
      { target, at: at(1), source: "roll", status: "UP", latencyP95Ms: 10, errorRate: 0, backlog: 5, consumers: 3 },
      { target, at: at(2), source: "roll", status: "UP", latencyP95Ms: 20, errorRate: 0, backlog: 7, consumers: 3 },
      { target, at: at(3), source: "roll", status: "DEGRADED", latencyP95Ms: 30, latencyP99Ms: 80, errorRate: 0.2 },
      { target, at: at(4), source: "roll", status: "DOWN", latencyP95Ms: 40, errorRate: 0.6, consumers: 2 },
    ];
    expect((await ingestA.post("/api/v1/health/signals", { samples })).body.accepted).toBe(4);
    // As if the instances had been down for six hours: the watermark is where they left off.
    await queryDb(`UPDATE "HealthRollupWatermark" SET "rolledUntil" = $1 WHERE "grain" = 'HOUR'`, [new Date(hour - 6 * HOUR).toISOString()]);
    await queryDb(`DELETE FROM "HealthRollup" WHERE "subjectId" = $1`, [system.id]);

    const runs = await Promise.all([runJob("health-rollup"), runJob("health-rollup"), runJob("health-rollup")]);
    for (const run of runs) expect(run).toMatchObject({ state: "completed", retry_count: 0 });
    const read = () => queryDb(
      `SELECT "grain"::text, (extract(epoch FROM "bucket") * 1000)::float8 AS "bucketMs", "samples", "up", "degraded", "down", "latencyP95Avg", "latencyP95Max", "latencyP99Max",
              "errorRateAvg", "backlogMax"::int, "consumersMin" FROM "HealthRollup" WHERE "subjectId" = $1 ORDER BY "grain", "bucket"`, [system.id]);
    const rows = await read();
    const expected = { samples: 4, up: 2, degraded: 1, down: 1, latencyP95Avg: 25, latencyP95Max: 40, latencyP99Max: 80, backlogMax: 7, consumersMin: 2 };
    // The rate-limit test's samples (minutes ago) are in the open hour's bucket; this hour's is ours.
    const hourRow = rows.find((r) => r.grain === "HOUR" && r.bucketMs === hour);
    expect(hourRow).toMatchObject(expected);
    expect(Number(hourRow!.errorRateAvg)).toBeCloseTo(0.2, 5);
    const dayRows = rows.filter((r) => r.grain === "DAY");
    expect(dayRows.reduce((n, r) => n + Number(r.samples), 0)).toBe(4 + 3);
    const [mark] = await queryDb<{ ms: number }>(`SELECT (extract(epoch FROM "rolledUntil") * 1000)::float8 AS ms FROM "HealthRollupWatermark" WHERE "grain" = 'HOUR'`);
    expect(mark.ms).toBe(hour + HOUR);

    expect(await runJob("health-rollup")).toMatchObject({ state: "completed" });
    expect(await read()).toEqual(rows);
  });
});
