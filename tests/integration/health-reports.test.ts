// Jobs' and brokers' health on crafted data: job runs and messaging samples written as the
// ingestion stores them, read through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { testEstate, type TestEstate } from "./helpers/standards";

let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
let etl: string;
let scheduler: string;
let broker: string;
let orders: string;
let direct: string;

const MIN = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MIN);

async function run(subjectId: string, subjectType: string, runId: string, status: string, startedMin: number, endedMin: number | null, freshMin: number | null, checks: unknown[] = []) {
  await queryDb(`INSERT INTO "JobRun" ("id", "subjectId", "subjectType", "runId", "source", "status", "startedAt", "endedAt", "dataFreshAt", "rows", "qualityChecks", "updatedAt")
    VALUES ($1, $2, $3, $4, 'scheduler', $5, $6, $7, $8, 1000, $9, now())`,
  [`${subjectId}-${runId}`, subjectId, subjectType, runId, status, ago(startedMin), endedMin === null ? null : ago(endedMin), freshMin === null ? null : ago(freshMin), JSON.stringify(checks)]);
}

/** Samples need their day's partition; the ingestion creates it the same way. */
async function sample(subjectId: string, minutesAgo: number, figures: Record<string, number>) {
  const at = ago(minutesAgo);
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = start.toISOString().slice(0, 10).replace(/-/g, "");
  await queryDb(`CREATE TABLE IF NOT EXISTS "HealthSample_p${day}" PARTITION OF "HealthSample" FOR VALUES FROM ('${start.toISOString()}') TO ('${new Date(start.getTime() + 86_400_000).toISOString()}')`);
  const cols = Object.keys(figures);
  await queryDb(`INSERT INTO "HealthSample" ("subjectId", "at", "source", "subjectType", ${cols.map((c) => `"${c}"`).join(", ")})
    VALUES ($1, $2, 'prometheus', 'INTERFACE', ${cols.map((_, i) => `$${i + 3}`).join(", ")})`, [subjectId, at, ...Object.values(figures)]);
}

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
  const [a, b] = [await estate.system({ name: "Reports provider" }), await estate.system({ name: "Reports consumer" })];
  scheduler = await estate.system({ name: "Reports scheduler", kind: "SCHEDULER", layer: "INFRASTRUCTURE" });
  broker = await estate.system({ name: "Reports broker", kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" });
  etl = await estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Reports nightly load", style: "ETL_BATCH", mode: "ASYNC" });
  orders = await estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Reports orders topic", style: "EVENT_STREAM", mode: "ASYNC", viaSystemId: broker, endpoint: "orders.created" });
  direct = await estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Reports direct queue", style: "MESSAGE_QUEUE", mode: "ASYNC" });
  const { version } = (await eng.get(`/api/v1/interfaces/${etl}`)).body;
  await eng.patch(`/api/v1/interfaces/${etl}`, { version, sloFreshnessMinutes: 120 });
  // Three finished runs (one failed), then one still running; the last success has data 200 minutes old.
  await run(etl, "INTERFACE", "r1", "SUCCEEDED", 600, 590, 600, [{ name: "completeness", passed: true, value: 0.999 }]);
  await run(etl, "INTERFACE", "r2", "FAILED", 400, 395, null, [{ name: "accuracy", passed: false, value: 0.91 }]);
  await run(etl, "INTERFACE", "r3", "SUCCEEDED", 210, 200, 200, [{ name: "timeliness", passed: true }]);
  await run(etl, "INTERFACE", "r4", "RUNNING", 5, null, null);
  await run(scheduler, "SYSTEM", "s1", "FAILED", 30, 29, null);
  for (const [m, backlog] of [[3, 500], [2, 900], [1, 1500]] as const) await sample(orders, m, { backlog, lagSeconds: backlog / 10, consumers: 2, deadLettered: 4 });
  await sample(direct, 1, { backlog: 10, consumers: 0 });
});
afterAll(closeDb);

describe("GET /api/v1/health/jobs", () => {
  it("lists ETL interfaces and schedulers with the last run, recent durations, success rate and data age", async () => {
    const res = await viewer.get(`/api/v1/health/jobs?teamId=${estate.teamId}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    // Failed last run first.
    expect(res.body.items.map((j: { id: string }) => j.id)).toEqual([scheduler, etl]);
    const job = res.body.items[1];
    expect(job).toMatchObject({
      subjectType: "INTERFACE", freshnessObjectiveMinutes: 120, runs30d: 3, fresh: false,
      lastRun: { runId: "r4", status: "RUNNING", endedAt: null, durationMs: null },
    });
    expect(job.successRate30d).toBeCloseTo(2 / 3);
    expect(job.dataAgeMinutes).toBeGreaterThanOrEqual(200);
    expect(job.dataAgeMinutes).toBeLessThan(203);
    expect(job.recent.map((r: { runId: string }) => r.runId)).toEqual(["r4", "r3", "r2", "r1"]);
    expect(job.recent[1].durationMs).toBe(10 * MIN);
    const failed = await viewer.get(`/api/v1/health/jobs?teamId=${estate.teamId}&lastRun=FAILED`);
    expect(failed.body.items.map((j: { id: string }) => j.id)).toEqual([scheduler]);
    const bySearch = await viewer.get(`/api/v1/health/jobs?q=nightly%20load&teamId=${estate.teamId}`);
    expect(bySearch.body.items.map((j: { id: string }) => j.id)).toEqual([etl]);
  });

  it("keeps each run's data-quality checks", async () => {
    const res = await viewer.get(`/api/v1/health/jobs?teamId=${estate.teamId}&sort=name`);
    const job = res.body.items.find((j: { id: string }) => j.id === etl);
    expect(res.body.items[0].id).toBe(etl);
    expect(job.lastRun.qualityChecks).toEqual([]);
    expect(job.lastFinished).toMatchObject({ runId: "r3", status: "SUCCEEDED", rows: 1000, qualityChecks: [{ name: "timeliness", passed: true }] });
    const bad = await viewer.get("/api/v1/health/jobs?lastRun=BROKEN");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.lastRun");
  });
});

describe("GET /api/v1/health/messaging", () => {
  it("groups topics and queues by broker with their latest figures, and flags a queue without consumers", async () => {
    const res = await viewer.get(`/api/v1/health/messaging?teamId=${estate.teamId}`);
    expect(res.status).toBe(200);
    const byBroker = new Map(res.body.brokers.map((b: { broker: { id: string } | null }) => [b.broker?.id ?? "none", b]));
    const through = byBroker.get(broker) as { interfaces: { id: string; latest: Record<string, unknown> }[]; totals: Record<string, number> };
    expect(through.interfaces.map((i) => i.id)).toEqual([orders]);
    expect(through.interfaces[0].latest).toMatchObject({ backlog: 1500, lagSeconds: 150, consumers: 2, deadLettered: 4 });
    expect(through.totals).toMatchObject({ backlog: 1500, deadLettered: 4, noConsumers: 0 });
    const none = byBroker.get("none") as { interfaces: { id: string }[]; totals: Record<string, number> };
    expect(none.interfaces.map((i) => i.id)).toEqual([direct]);
    expect(none.totals.noConsumers).toBe(1);
    const found = await viewer.get(`/api/v1/health/messaging?q=orders.created&teamId=${estate.teamId}`);
    expect(found.body.brokers.flatMap((b: { interfaces: { id: string }[] }) => b.interfaces.map((i) => i.id))).toEqual([orders]);
  });
});
