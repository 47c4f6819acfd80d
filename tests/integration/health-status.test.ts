// The health model through the API: the worst fresh source wins, since moves only on a change,
// NO_DATA when a reporting record goes quiet (moved clock), a failed job run, deleted records'
// rows, the health-sweep job, and the overview's counts, problems, grid and filters.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, DATABASE_URL, queryDb } from "./helpers/db";
import { advanceHealthClock, report, reportRun } from "./helpers/health";

let eng: ApiClient;
let viewer: ApiClient;
let teamId: string;

const system = async (over: Record<string, unknown> = {}) => {
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("hs"), name: `Health ${uniqueKey("s")}`, kind: "BUSINESS_APP", layer: "DATA", teamId, ...over });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const healthOf = async (id: string) => {
  const res = await viewer.get(`/api/v1/health/systems/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const min = (n: number) => n * 60_000;

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("health-team"), name: "Health status team" });
  teamId = team.body.id;
});
afterAll(closeDb);

describe("the status of a record", () => {
  it("is unknown until it reports, then the worst of its fresh sources", async () => {
    const id = await system();
    expect((await healthOf(id)).state).toBeNull();
    await report({ subjectId: id, subjectType: "SYSTEM", status: "UP", source: "prometheus" });
    expect((await healthOf(id)).state).toBe("UP");
    await report({ subjectId: id, subjectType: "SYSTEM", status: "DEGRADED", source: "synthetics" });
    const h = await healthOf(id);
    expect(h.state).toBe("DEGRADED");
    expect(h.sources.map((s: { source: string; fresh: boolean }) => [s.source, s.fresh])).toEqual([["prometheus", true], ["synthetics", true]]);
  });

  it("moves since only when the state changes", async () => {
    const id = await system();
    await report({ subjectId: id, subjectType: "SYSTEM", status: "DOWN" });
    const first = await healthOf(id);
    expect(first.state).toBe("DOWN");
    await new Promise((r) => setTimeout(r, 20));
    await report({ subjectId: id, subjectType: "SYSTEM", status: "DOWN" });
    expect((await healthOf(id)).since).toBe(first.since);
    await report({ subjectId: id, subjectType: "SYSTEM", status: "UP" });
    const after = await healthOf(id);
    expect(after.state).toBe("UP");
    expect(Date.parse(after.since)).toBeGreaterThan(Date.parse(first.since));
  });

  it("drops a source's DOWN once it left its freshness window, and turns NO_DATA when all went quiet", async () => {
    const id = await system();
    await report({ subjectId: id, subjectType: "SYSTEM", status: "DOWN", source: "old", at: new Date(Date.now() - min(16)) });
    await report({ subjectId: id, subjectType: "SYSTEM", status: "UP", source: "new" });
    expect((await healthOf(id)).state).toBe("UP");
    // Nothing new for 16 minutes: every 1-minute source is quiet past the 15-minute floor.
    await advanceHealthClock(16);
    const quiet = await healthOf(id);
    expect(quiet.state).toBe("NO_DATA");
    expect(quiet.staleAt).toBeNull();
    expect(Date.now() - Date.parse(quiet.since)).toBeLessThan(min(1));
  });

  it("waits three usual intervals before NO_DATA for a slow sender", async () => {
    const id = await system();
    // Two samples ten minutes apart: the usual interval ingestion keeps is ten minutes.
    await report({ subjectId: id, subjectType: "SYSTEM", status: "UP", at: new Date(Date.now() - min(10)) }, { subjectId: id, subjectType: "SYSTEM", status: "UP" });
    expect((await queryDb<{ intervalMs: number }>(`SELECT "intervalMs" FROM "HealthCurrent" WHERE "subjectId" = $1`, [id]))[0].intervalMs).toBeGreaterThan(min(9));
    await advanceHealthClock(25);
    expect((await healthOf(id)).state).toBe("UP");
    await advanceHealthClock(6);
    expect((await healthOf(id)).state).toBe("NO_DATA");
  });

  it("is DOWN after a failed job run, UP again after a good one", async () => {
    const id = await system({ kind: "SCHEDULER" });
    const t = Date.now();
    await reportRun({ subjectId: id, subjectType: "SYSTEM", status: "FAILED", startedAt: new Date(t - min(10)), endedAt: new Date(t - min(9)) });
    expect((await healthOf(id)).state).toBe("DOWN");
    expect((await healthOf(id)).lastRun.status).toBe("FAILED");
    await reportRun({ subjectId: id, subjectType: "SYSTEM", status: "SUCCEEDED", startedAt: new Date(t - min(5)), endedAt: new Date(t - min(4)) });
    expect((await healthOf(id)).state).toBe("UP");
  });

  it("turns an ETL job DEGRADED when its data outlives the freshness objective", async () => {
    const [p, c] = await Promise.all([system(), system()]);
    const job = await eng.post("/api/v1/interfaces", { key: uniqueKey("etl"), name: "Nightly ETL", style: "ETL_BATCH", mode: "ASYNC", providerSystemId: p, consumerSystemId: c });
    expect(job.status).toBe(201);
    await queryDb(`UPDATE "Interface" SET "sloFreshnessMinutes" = 60 WHERE "id" = $1`, [job.body.id]);
    const t = Date.now();
    await reportRun({ subjectId: job.body.id, subjectType: "INTERFACE", status: "SUCCEEDED", startedAt: new Date(t - min(5)), endedAt: new Date(t - min(1)), dataFreshAt: new Date(t - min(50)) });
    const read = async () => (await viewer.get(`/api/v1/health/interfaces/${job.body.id}`)).body.state;
    expect(await read()).toBe("UP");
    await advanceHealthClock(11);
    expect(await read()).toBe("DEGRADED");
  });

  it("forgets a deleted record's health", async () => {
    const id = await system();
    await report({ subjectId: id, subjectType: "SYSTEM", status: "DOWN" });
    expect((await healthOf(id)).state).toBe("DOWN");
    expect((await eng.delete(`/api/v1/systems/${id}`)).status).toBe(204);
    for (const table of ["HealthStatus", "HealthCurrent"]) {
      expect(await queryDb(`SELECT 1 FROM "${table}" WHERE "subjectId" = $1`, [id])).toHaveLength(0);
    }
    expect((await viewer.get(`/api/v1/health/systems/${id}`)).status).toBe(404);
  });
});

describe("the health-sweep job", () => {
  it("is scheduled every minute and settles lapsed states with nobody reading", async () => {
    const id = await system();
    await report({ subjectId: id, subjectType: "SYSTEM", status: "UP" });
    expect((await healthOf(id)).state).toBe("UP");
    await advanceHealthClock(20);
    const [schedule] = await queryDb<{ cron: string }>(`SELECT "cron" FROM pgboss.schedule WHERE "name" = 'health-sweep'`);
    expect(schedule.cron).toBe("* * * * *");
    const boss = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", max: 1 });
    await boss.start();
    try {
      await boss.send("health-sweep", {});
      const deadline = Date.now() + 20_000;
      let state = "";
      while (Date.now() < deadline && state !== "NO_DATA") {
        await new Promise((r) => setTimeout(r, 250));
        [{ state }] = await queryDb<{ state: string }>(`SELECT "state"::text AS state FROM "HealthStatus" WHERE "subjectId" = $1`, [id]);
      }
      expect(state).toBe("NO_DATA");
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});

describe("GET /api/v1/health", () => {
  it("counts by state, lists problems tier 0 and 1 first, groups by team, filters", async () => {
    const [down2, down0, degraded1, up, silent] = await Promise.all([
      system({ tier: 2 }), system({ tier: 0 }), system({ tier: 1 }), system({ tier: 3 }), system({ tier: 3 }),
    ]);
    await report(
      { subjectId: down2, subjectType: "SYSTEM", status: "DOWN" }, { subjectId: down0, subjectType: "SYSTEM", status: "DOWN" },
      { subjectId: degraded1, subjectType: "SYSTEM", status: "DEGRADED" }, { subjectId: up, subjectType: "SYSTEM", status: "UP" },
    );
    const res = await viewer.get(`/api/v1/health?teamId=${teamId}&layer=DATA`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { counts, problems, grid } = res.body;
    const [total] = await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "System" WHERE "teamId" = $1`, [teamId]);
    expect(counts.total).toBe(total.n);
    expect(counts.UP + counts.DEGRADED + counts.DOWN + counts.NO_DATA + counts.UNKNOWN).toBe(total.n);
    expect(counts.UNKNOWN).toBeGreaterThanOrEqual(1); // silent
    const mine = problems.filter((p: { id: string }) => [down2, down0, degraded1].includes(p.id)).map((p: { id: string }) => p.id);
    expect(mine).toEqual([down0, degraded1, down2]);
    expect(problems.every((p: { since: string }) => typeof p.since === "string")).toBe(true);
    expect(grid).toHaveLength(1);
    expect(grid[0].team.id).toBe(teamId);
    expect(grid[0].counts).toEqual(counts);

    const filtered = await viewer.get(`/api/v1/health?teamId=${teamId}&state=DOWN,UNKNOWN&sort=tier&pageSize=200`);
    const ids = filtered.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(down0);
    expect(ids).toContain(silent);
    expect(ids).not.toContain(up);
    expect(filtered.body.items.every((i: { state: string | null }) => i.state === "DOWN" || i.state === null)).toBe(true);
    expect(filtered.body.counts).toEqual(counts); // counts ignore the state filter
    const byLayer = await viewer.get(`/api/v1/health?teamId=${teamId}&groupBy=layer`);
    expect(byLayer.body.grid.map((g: { layer: string }) => g.layer)).toEqual(["DATA"]);
  });

  it("refuses unknown filters with field errors", async () => {
    const res = await viewer.get(`/api/v1/health?state=BROKEN&groupBy=planet`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["query.groupBy", "query.state.0"]);
  });
});
