// A record's chart: samples bucketed by minute (raw partitions) for 1h–7d, hourly rollups plus the
// hours not rolled up yet for 30d, with the deployments and job runs in range on the time axis.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { report, reportDeployment, reportRun } from "./helpers/health";

let eng: ApiClient;
let viewer: ApiClient;
let provider: string;
let consumer: string;
let iface: string;
const minute = 60_000;
// Whole minutes, so the buckets are predictable: the last full minute and a few before it.
const base = Math.floor(Date.now() / minute) * minute - 10 * minute;

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
  const mk = async () => (await eng.post("/api/v1/systems", { key: uniqueKey("ser"), name: "Series system", kind: "BUSINESS_APP", layer: "BUSINESS" })).body.id as string;
  [provider, consumer] = await Promise.all([mk(), mk()]);
  iface = (await eng.post("/api/v1/interfaces", { key: uniqueKey("ser-if"), name: "Orders API", style: "REST", mode: "SYNC", providerSystemId: provider, consumerSystemId: consumer })).body.id;
  // Two sources in the first minute (one DOWN), one in the second, one three minutes later.
  await report(
    { subjectId: iface, subjectType: "INTERFACE", status: "UP", at: new Date(base + 5_000), source: "a", latencyP95Ms: 100, errorRate: 0.01 },
    { subjectId: iface, subjectType: "INTERFACE", status: "DOWN", at: new Date(base + 30_000), source: "b", latencyP95Ms: 300, errorRate: 0.5 },
    { subjectId: iface, subjectType: "INTERFACE", status: "UP", at: new Date(base + minute + 1_000), source: "a", latencyP95Ms: 120 },
    { subjectId: iface, subjectType: "INTERFACE", status: "DEGRADED", at: new Date(base + 4 * minute), source: "a", latencyP95Ms: 200 },
  );
  await reportDeployment({ systemId: provider, version: "2.4.1", at: new Date(base - minute) });
  await reportDeployment({ systemId: provider, version: "1.0.0", at: new Date(base - 3 * 3_600_000) });
});
afterAll(closeDb);

describe("GET /api/v1/health/interfaces/{id}/series", () => {
  it("buckets the last hour by minute, worst status and mean latency per bucket, with the provider's deployment", async () => {
    const res = await viewer.get(`/api/v1/health/interfaces/${iface}/series?range=1h`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ range: "1h", stepSeconds: 60, source: "samples" });
    expect(res.body.buckets.map((b: any) => [b.t, b.samples, b.worst, b.latencyP95])).toEqual([
      [new Date(base).toISOString(), 2, "DOWN", 200],
      [new Date(base + minute).toISOString(), 1, "UP", 120],
      [new Date(base + 4 * minute).toISOString(), 1, "DEGRADED", 200],
    ]);
    expect(res.body.buckets[0].errorRate).toBeCloseTo(0.255, 5);
    // The 2.4.1 deployment a minute before; the one three hours ago is out of this range.
    expect(res.body.deployments.map((d: any) => [d.version, d.systemId])).toEqual([["2.4.1", provider]]);
  });

  it("widens the buckets on request and reaches further back with a longer range", async () => {
    const wide = (await viewer.get(`/api/v1/health/interfaces/${iface}/series?range=24h&step=600`)).body;
    expect(wide.stepSeconds).toBe(600);
    expect(wide.buckets.reduce((n: number, b: any) => n + b.samples, 0)).toBe(4);
    expect(wide.deployments.map((d: any) => d.version)).toEqual(["1.0.0", "2.4.1"]);
  });

  it("reads 30 days from hourly rollups and the raw samples of hours not rolled up yet", async () => {
    const hour = 3_600_000;
    const rolled = Math.floor((base - 5 * hour) / hour) * hour;
    await queryDb(`INSERT INTO "HealthRollup" ("subjectId", "grain", "bucket", "subjectType", "samples", "up", "degraded", "down", "latencyP95Avg")
      VALUES ($1, 'HOUR', $2, 'INTERFACE', 60, 59, 0, 1, 150)`, [iface, new Date(rolled)]);
    const res = (await viewer.get(`/api/v1/health/interfaces/${iface}/series?range=30d`)).body;
    expect(res).toMatchObject({ stepSeconds: 3600, source: "rollups" });
    expect(res.buckets[0]).toMatchObject({ t: new Date(rolled).toISOString(), samples: 60, worst: "DOWN", latencyP95: 150 });
    expect(res.buckets.slice(1).reduce((n: number, b: any) => n + b.samples, 0)).toBe(4);
  });

  it("lists a job's runs with duration and data-quality results", async () => {
    const job = (await eng.post("/api/v1/interfaces", { key: uniqueKey("ser-etl"), name: "Nightly load", style: "ETL_BATCH", mode: "ASYNC", providerSystemId: provider, consumerSystemId: consumer })).body.id;
    await reportRun({ subjectId: job, subjectType: "INTERFACE", status: "FAILED", startedAt: new Date(base), endedAt: new Date(base + 90_000),
      rows: 1200, qualityChecks: [{ name: "completeness", passed: false, value: 0.93 }] });
    const res = (await viewer.get(`/api/v1/health/interfaces/${job}/series?range=1h`)).body;
    expect(res.jobRuns).toEqual([expect.objectContaining({
      status: "FAILED", durationMs: 90_000, rows: 1200, qualityChecks: [{ name: "completeness", passed: false, value: 0.93 }],
    })]);
  });

  it("answers 404 for an unknown record and 400 for an unknown range", async () => {
    expect((await viewer.get(`/api/v1/health/systems/nope-${uniqueKey("x")}/series`)).status).toBe(404);
    const bad = await viewer.get(`/api/v1/health/systems/${provider}/series?range=1y`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.range");
  });
});
