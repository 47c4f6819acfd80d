// The monthly SLA report on crafted data: hourly rollups for a closed month, raw samples for the
// month under way, job runs for freshness; objectives set through the interface form's API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { testEstate, type TestEstate } from "./helpers/standards";

let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
let strict: string;
let loose: string;
let job: string;
let live: string;

const H = 3_600_000;
const OCT = Date.UTC(2026, 9, 1);

/** One hourly rollup row per entry: [hour offset in October, up, down, p95]. */
async function rollups(subjectId: string, hours: [number, number, number, number][]) {
  for (const [h, up, down, p95] of hours) {
    await queryDb(`INSERT INTO "HealthRollup" ("subjectId", "grain", "bucket", "subjectType", "samples", "up", "degraded", "down", "latencyP95Avg")
      VALUES ($1, 'HOUR', $2, 'INTERFACE', $3, $4, 0, $5, $6)`, [subjectId, new Date(OCT + h * H), up + down, up, down, p95]);
  }
}

async function setObjectives(id: string, body: Record<string, unknown>) {
  const { version } = (await eng.get(`/api/v1/interfaces/${id}`)).body;
  const res = await eng.patch(`/api/v1/interfaces/${id}`, { version, ...body });
  expect(res.status).toBe(200);
  return res;
}

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
  const [a, b] = [await estate.system({ name: "SLA provider" }), await estate.system({ name: "SLA consumer" })];
  [strict, loose, job, live] = await Promise.all([
    estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Strict", tier: 0 }),
    estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Loose", tier: 1 }),
    estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Nightly load", style: "ETL_BATCH", mode: "ASYNC" }),
    estate.iface({ providerSystemId: a, consumerSystemId: b, name: "Live" }),
  ]);
  // 100 hours: 99 all up at 100 ms, one with 30 of 60 samples down; 5 of the hours at 500 ms.
  const hours: [number, number, number, number][] = Array.from({ length: 100 }, (_, h) => [h, h === 50 ? 30 : 60, h === 50 ? 30 : 0, h >= 95 ? 500 : 100]);
  await rollups(strict, hours);
  await rollups(loose, hours);
  // Runs ending at 0, 60 and 200 minutes into October with data as of their end.
  for (const [n, minutes] of [0, 60, 200].entries()) {
    const end = new Date(OCT + minutes * 60_000);
    await queryDb(`INSERT INTO "JobRun" ("id", "subjectId", "subjectType", "runId", "source", "status", "startedAt", "endedAt", "dataFreshAt", "updatedAt")
      VALUES ($1, $2, 'INTERFACE', $3, 'test', 'SUCCEEDED', $4, $4, $4, now())`, [`sla-run-${job}-${n}`, job, `run-${n}`, end]);
  }
});
afterAll(closeDb);

describe("interface objectives", () => {
  it("are set in the form's API, audited, and refused out of range with the field's path", async () => {
    const res = await setObjectives(strict, { sloAvailabilityPct: 99.9, sloLatencyP95Ms: 150 });
    expect(res.body).toMatchObject({ sloAvailabilityPct: 99.9, sloLatencyP95Ms: 150, sloFreshnessMinutes: null });
    const { version } = res.body;
    const bad = await eng.patch(`/api/v1/interfaces/${strict}`, { version, sloAvailabilityPct: 101, sloLatencyP95Ms: -1, sloFreshnessMinutes: 1.5 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["sloAvailabilityPct", "sloFreshnessMinutes", "sloLatencyP95Ms"]);
    const [entry] = await queryDb<{ after: Record<string, unknown> }>(
      `SELECT "after" FROM "AuditEntry" WHERE "entityId" = $1 AND "action" = 'UPDATE' ORDER BY "at" DESC LIMIT 1`, [strict]);
    expect(entry.after).toMatchObject({ sloAvailabilityPct: 99.9, sloLatencyP95Ms: 150 });
  });
});

describe("GET /api/v1/health/sla", () => {
  beforeAll(async () => {
    await setObjectives(loose, { sloAvailabilityPct: 99, sloLatencyP95Ms: 100 });
    await setObjectives(job, { sloFreshnessMinutes: 90 });
  });

  it("measures a closed month from the hourly rollups and the job runs", async () => {
    const res = await viewer.get(`/api/v1/health/sla?month=2026-10&teamId=${estate.teamId}`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.interfaces.map((i: { id: string }) => [i.id, i]));
    // 30 of 6,000 samples down: 99.5 %; a 0.1 % budget spent five times over.
    expect(byId.get(strict)).toMatchObject({
      breached: true,
      availability: { target: 99.9, measured: 99.5, met: false, budgetLeft: -4, downMinutes: 30 },
      // p95 over the hourly p95s: 95 hours at 100 ms, 5 at 500 → 120 ms.
      latency: { target: 150, measured: 120, met: true, hoursOver: 5 },
      freshness: null,
    });
    expect(byId.get(loose)).toMatchObject({
      breached: true,
      availability: { target: 99, measured: 99.5, met: true, budgetLeft: 0.5 },
      latency: { target: 100, measured: 120, met: false, hoursOver: 5 },
    });
    // Stale from 150 to 200 minutes, and from 290 minutes to the month's end.
    const fresh = byId.get(job) as { freshness: { staleMinutes: number; met: boolean } };
    expect(fresh.freshness.met).toBe(false);
    expect(fresh.freshness.staleMinutes).toBe(50 + (31 * 24 * 60 - 290));
    expect(res.body.interfaces[0].breached).toBe(true);
    expect(res.body.teams).toEqual([expect.objectContaining({ team: expect.objectContaining({ id: estate.teamId }), interfaces: 3, breached: 3, met: 0 })]);
  });

  it("reads the month under way from the raw samples past the newest rollup", async () => {
    await setObjectives(live, { sloAvailabilityPct: 99.9 });
    const now = new Date();
    const day = now.toISOString().slice(0, 10).replace(/-/g, "");
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    await queryDb(`CREATE TABLE IF NOT EXISTS "HealthSample_p${day}" PARTITION OF "HealthSample" FOR VALUES FROM ('${start.toISOString()}') TO ('${new Date(start.getTime() + 24 * H).toISOString()}')`);
    for (const [i, status] of ["UP", "UP", "UP", "DOWN"].entries()) {
      await queryDb(`INSERT INTO "HealthSample" ("subjectId", "at", "source", "subjectType", "status") VALUES ($1, $2, 'sla-test', 'INTERFACE', $3)`,
        [live, new Date(Math.max(start.getTime(), now.getTime() - 60_000) - i * 1000), status]);
    }
    const res = await viewer.get(`/api/v1/health/sla?teamId=${estate.teamId}&breached=true`);
    expect(res.body.month).toBe(now.toISOString().slice(0, 7));
    const row = res.body.interfaces.find((i: { id: string }) => i.id === live);
    expect(row).toMatchObject({ breached: true, availability: { measured: 75, met: false } });
    expect(res.body.interfaces.every((i: { breached: boolean }) => i.breached)).toBe(true);
  });

  it("exports the rows as CSV and refuses a malformed month", async () => {
    const csv = await viewer.request("GET", `/api/v1/health/sla?month=2026-10&teamId=${estate.teamId}&format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = String(csv.body).trim().split("\r\n");
    expect(lines[0]).toContain("availability_pct");
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes("Strict"))).toContain(",missed,");
    const bad = await viewer.get("/api/v1/health/sla?month=2026-13");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.month");
  });
});
