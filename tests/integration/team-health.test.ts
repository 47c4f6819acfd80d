// Team health on crafted data: deployments as CI/CD reports them, and health states changing the
// way settling them does (the transition log is kept by triggers on HealthStatus).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { testEstate, type TestEstate } from "./helpers/standards";

let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
let documented: string;
let bare: string;
let iface: string;

const MIN = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MIN);

async function deploy(systemId: string, status: string, minutesAgo: number) {
  await queryDb(`INSERT INTO "Deployment" ("id", "systemId", "source", "version", "environment", "status", "at")
    VALUES (gen_random_uuid()::text, $1, 'ci', '1.0', 'prod', $2, $3)`, [systemId, status, ago(minutesAgo)]);
}

/** What settling a status does: insert the first state, then move it; `since` is when it changed. */
async function state(subjectId: string, subjectType: string, value: string, minutesAgo: number) {
  await queryDb(`INSERT INTO "HealthStatus" ("subjectId", "subjectType", "state", "since", "updatedAt") VALUES ($1, $2, $3, $4, now())
    ON CONFLICT ("subjectId") DO UPDATE SET "state" = EXCLUDED."state",
      "since" = CASE WHEN "HealthStatus"."state" = EXCLUDED."state" THEN "HealthStatus"."since" ELSE EXCLUDED."since" END, "updatedAt" = now()`,
  [subjectId, subjectType, value, ago(minutesAgo)]);
}

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
  documented = await estate.system({ name: "Documented", runbookUrl: "https://run.example.com/d", docsUrl: "https://docs.example.com/d" });
  bare = await estate.system({ name: "Bare" });
  iface = await estate.iface({ providerSystemId: documented, consumerSystemId: bare, contractUrl: "https://contracts.example.com/x.yaml" });
  await deploy(documented, "SUCCEEDED", 60 * 24 * 3);
  await deploy(documented, "FAILED", 60 * 24 * 2);
  await deploy(bare, "ROLLED_BACK", 60);
  await deploy(bare, "SUCCEEDED", 60 * 24 * 40); // outside the 30 days
  // The interface: UP, DOWN for 30 minutes, UP; then DOWN through DEGRADED to UP after 90 minutes.
  await state(iface, "INTERFACE", "UP", 600);
  await state(iface, "INTERFACE", "DOWN", 500);
  await state(iface, "INTERFACE", "UP", 470);
  await state(iface, "INTERFACE", "UP", 460); // no change: no transition
  await state(iface, "INTERFACE", "DOWN", 300);
  await state(iface, "INTERFACE", "DEGRADED", 250);
  await state(iface, "INTERFACE", "UP", 210);
  // Still DOWN: an incident without a recovery yet.
  await state(bare, "SYSTEM", "DOWN", 5);
});
afterAll(closeDb);

describe("the health transition log", () => {
  it("records each change of state once, with the state before", async () => {
    const rows = await queryDb<{ fromState: string | null; toState: string }>(
      `SELECT "fromState", "toState" FROM "HealthTransition" WHERE "subjectId" = $1 ORDER BY "at"`, [iface]);
    expect(rows.map((r) => `${r.fromState ?? "-"}>${r.toState}`)).toEqual(["->UP", "UP>DOWN", "DOWN>UP", "UP>DOWN", "DOWN>DEGRADED", "DEGRADED>UP"]);
  });
});

describe("GET /api/v1/health/teams", () => {
  it("gives the team's change failure rate, incidents, time to recover and documentation", async () => {
    const res = await viewer.get(`/api/v1/health/teams?teamId=${estate.teamId}`);
    expect(res.status).toBe(200);
    expect(res.body.teams).toHaveLength(1);
    expect(res.body.teams[0]).toMatchObject({
      team: { id: estate.teamId },
      activeMembers: 0, incidentsPerMember: null,
      deployments: 3, failedDeployments: 2,
      incidents: 3, recoveries: 2,
      // (30 + 90) / 2 minutes.
      timeToRecoverMinutes: 60,
      // Runbook and docs on one of two systems, a contract on the one interface.
      docs: { present: 3, expected: 5 },
    });
    expect(res.body.teams[0].changeFailureRate).toBeCloseTo(2 / 3);
  });

  it("trends deployments and recoveries per week, with empty weeks as zeros", async () => {
    const res = await viewer.get(`/api/v1/health/teams?teamId=${estate.teamId}&weeks=8`);
    const { trend } = res.body;
    expect(trend).toHaveLength(8);
    expect(new Date(`${trend[0].week}T00:00:00Z`).getUTCDay()).toBe(1);
    const total = (k: string) => trend.reduce((s: number, w: Record<string, number>) => s + w[k], 0);
    // The 40-day-old deployment falls inside eight weeks.
    expect(total("deployments")).toBe(4);
    expect(total("failedDeployments")).toBe(2);
    expect(total("recoveries")).toBe(2);
    expect(trend.filter((w: { deployments: number }) => w.deployments === 0).every((w: { changeFailureRate: null }) => w.changeFailureRate === null)).toBe(true);
    const bad = await viewer.get("/api/v1/health/teams?days=3");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.days");
  });
});
