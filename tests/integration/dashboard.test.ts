// The dashboard endpoint on crafted data: one fresh team (the teamId filter makes every figure
// deterministic however busy the database is), a dependency chain for the riskiest systems, and
// relative order checks on the estate-wide ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";
import { buildGraph, type Built } from "./helpers/graph";

let admin: ApiClient;
let eng: ApiClient;
let g: Built;
const team = { id: "", name: "" };
const empty = { id: "" }; // no members at all: load ∞
const light = { id: "" }; // one member, one tier-3 system: load 1
const people = { one: "", two: "", leaver: "" };

const dashboard = (client: ApiClient, query = "") => client.get(`/api/v1/dashboard${query}`);
const forTeam = (id: string) => dashboard(eng, `?teamId=${id}`);
const countsOf = (list: { value: string | number; count: number }[]) => Object.fromEntries(list.map((c) => [c.value, c.count]));

async function createUser(): Promise<string> {
  const res = await admin.post("/api/v1/users", {
    email: `${uniqueKey("dash")}@example.test`, name: "Dashboard test person", role: "ENGINEER", password: "a-long-enough-password",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function createTeam(name: string, members: string[]): Promise<string> {
  const res = await eng.post("/api/v1/teams", { key: uniqueKey("dash-team"), name, members: members.map((userId) => ({ userId })) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  admin = await as("ADMIN");
  eng = await as("ENGINEER");
  people.one = await createUser();
  people.two = await createUser();
  people.leaver = await createUser();
  team.name = `Dashboard ${uniqueKey("t")}`;
  team.id = await createTeam(team.name, [people.one, people.two, people.leaver]);
  empty.id = await createTeam("Dashboard empty team", []);
  light.id = await createTeam("Dashboard light team", [people.one]);

  const owned = (tier: number, layer: string, more: Record<string, unknown> = {}) => ({
    teamId: team.id, tier, layer, technicalOwnerId: people.one, businessOwnerId: people.two, ...more,
  });
  // a → b → c → d, p1 → q ← p2, x alone. Reach: a 3, b 2, c 1, p1 1, p2 1, the rest 0.
  g = await buildGraph(eng, {
    systems: ["a", "b", "c", "d", "p1", "p2", "q", "x"],
    interfaces: [["a", "b"], ["b", "c"], ["c", "d"], ["p1", "q"], ["p2", "q"]],
    fields: {
      a: owned(1, "DATA", { kind: "DATABASE" }), // no gap: risk 3 × 1
      b: owned(0, "BUSINESS", { technicalOwnerId: null, businessOwnerId: null }), // 2 gaps: risk 2 × 3 = 6
      c: owned(2, "BUSINESS", { technicalOwnerId: people.leaver }), // deactivated below: risk 1 × 2 = 2
      d: owned(3, "PRESENTATION", { lifecycle: "RETIRED" }),
      p1: owned(2, "BUSINESS"), // risk 1, tier 2
      p2: owned(1, "INFRASTRUCTURE"), // risk 1, tier 1: ranks before p1
      q: owned(2, "DATA"),
      x: owned(2, "BUSINESS"),
    },
  });
  // Two of the interfaces become the team's own (one edit each, audited).
  for (const [edge, change] of [[g.edges[0], { tier: 0, lifecycle: "DEPRECATED" }], [g.edges[1], {}]] as const) {
    const res = await eng.patch(`/api/v1/interfaces/${edge.id}`, { version: 1, teamId: team.id, ...change });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const leaver = await admin.get(`/api/v1/users/${people.leaver}`);
  expect((await admin.patch(`/api/v1/users/${people.leaver}`, { version: leaver.body.version, active: false })).status).toBe(200);

  const lightSystem = await eng.post("/api/v1/systems", { key: uniqueKey("dash-light"), name: "Light system", kind: "SAAS", layer: "BUSINESS", tier: 3, teamId: light.id });
  expect(lightSystem.status).toBe(201);
});
afterAll(closeDb);

describe("GET /api/v1/dashboard?teamId=", () => {
  it("counts the team's systems by layer, kind, tier and lifecycle, and its own interfaces", async () => {
    const res = await forTeam(team.id);
    expect(res.status).toBe(200);
    const { body } = res;
    expect(body.team).toMatchObject({ id: team.id, name: team.name });
    expect(body.totals).toEqual({ systems: 8, interfaces: 2, teams: 1, people: 2 });
    expect(countsOf(body.systems.byLayer)).toEqual({ PRESENTATION: 1, BUSINESS: 4, DATA: 2, INFRASTRUCTURE: 1 });
    expect(countsOf(body.systems.byTier)).toEqual({ 0: 1, 1: 2, 2: 4, 3: 1 });
    expect(countsOf(body.systems.byLifecycle)).toEqual({ PLANNED: 0, ACTIVE: 7, DEPRECATED: 0, RETIRED: 1 });
    expect(countsOf(body.systems.byKind)).toMatchObject({ DATABASE: 1, BUSINESS_APP: 7, SAAS: 0 });
    expect(body.systems.byKind).toHaveLength(12); // every kind, zeros included
    expect(countsOf(body.interfaces.byStyle)).toMatchObject({ REST: 2, GRPC: 0 });
    expect(countsOf(body.interfaces.byMode)).toEqual({ SYNC: 2, ASYNC: 0 });
    expect(countsOf(body.interfaces.byTier)).toEqual({ 0: 1, 1: 0, 2: 1, 3: 0 });
    expect(countsOf(body.interfaces.byLifecycle)).toEqual({ PLANNED: 0, ACTIVE: 1, DEPRECATED: 1, RETIRED: 0 });
  });

  it("weighs the team's load: tier weights of systems in use per active member", async () => {
    const { body } = await forTeam(team.id);
    // a t1 (4) + b t0 (8) + c, p1, q, x t2 (2 each) + p2 t1 (4) = 24; d is retired. Two active members.
    expect(body.teamsByLoad).toEqual([
      { team: { id: team.id, key: expect.any(String), name: team.name }, activeMembers: 2, systems: 7, weight: 24, load: 12 },
    ]);
  });

  it("ranks the riskiest systems by reach × (1 + ownership gaps), ties by tier", async () => {
    const { body } = await forTeam(team.id);
    const rows = body.riskiestSystems.map((r: any) => [g.name[r.system.id], r.reach, r.gaps, r.risk]);
    expect(rows).toEqual([
      ["b", 2, ["technicalOwner", "businessOwner"], 6],
      ["a", 3, [], 3],
      ["c", 1, ["deactivatedOwner"], 2],
      ["p2", 1, [], 1],
      ["p1", 1, [], 1],
    ]);
    expect(body.riskiestSystems[0]).toMatchObject({ tier: 0, team: { id: team.id } });
  });

  it("counts the team's changes per week, 12 weeks ending with this one, and lists them", async () => {
    const { body } = await forTeam(team.id);
    expect(body.changesPerWeek).toHaveLength(12);
    const starts = body.changesPerWeek.map((w: any) => w.weekStart);
    expect(starts).toEqual([...starts].sort());
    expect(new Date(`${starts[11]}T00:00:00Z`).getUTCDay()).toBe(1); // Mondays
    expect(Date.now() - Date.parse(`${starts[11]}T00:00:00Z`)).toBeLessThan(7 * 86_400_000);
    // 8 systems created, the 2 interfaces it owns created and edited, the team created. The other
    // interfaces (no team) and the deactivation (a person, not a record) do not count.
    const total = body.changesPerWeek.reduce((n: number, w: any) => n + w.count, 0);
    expect(total).toBe(8 + 2 * 2 + 1);
    expect(body.recentChanges[0]).toMatchObject({ entityType: "INTERFACE", action: "UPDATE", entityId: g.edges[1].id });
    expect(body.recentChanges.map((c: any) => c.entityId)).not.toContain(g.edges[2].id);
  });

  it("answers 404 for a team that does not exist and 400 for a malformed id", async () => {
    expect((await forTeam("no-such-team-id")).status).toBe(404);
    const res = await forTeam("x".repeat(65));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("GET /api/v1/dashboard (the whole estate)", () => {
  it("ranks teams without an active member first, then by load", async () => {
    const { body } = await dashboard(eng);
    const at = (id: string) => body.teamsByLoad.findIndex((t: any) => t.team.id === id);
    expect(at(empty.id)).toBeGreaterThanOrEqual(0);
    expect(body.teamsByLoad[at(empty.id)]).toMatchObject({ activeMembers: 0, load: null });
    expect(body.teamsByLoad[at(light.id)]).toMatchObject({ activeMembers: 1, systems: 1, weight: 1, load: 1 });
    expect(at(empty.id)).toBeLessThan(at(team.id));
    expect(at(team.id)).toBeLessThan(at(light.id));
    const loads = body.teamsByLoad.map((t: any) => t.load);
    const finite = loads.filter((l: number | null) => l !== null);
    expect(loads.slice(0, loads.length - finite.length).every((l: number | null) => l === null)).toBe(true);
    expect(finite).toEqual([...finite].sort((x: number, y: number) => y - x));
  });

  it("includes an edit in this week's changes", async () => {
    const before = (await dashboard(eng)).body.changesPerWeek;
    const system = await eng.get(`/api/v1/systems/${g.id.x}`);
    const edited = await eng.patch(`/api/v1/systems/${g.id.x}`, { version: system.body.version, description: "edited for the dashboard test" });
    expect(edited.status).toBe(200);
    const week = (list: any[], start: string) => list.find((w) => w.weekStart === start)?.count ?? 0;
    const after = (await dashboard(eng)).body.changesPerWeek;
    const current = after[11].weekStart;
    // The audit log only grows: this week has at least the entries it had, plus the edit.
    expect(week(after, current)).toBeGreaterThanOrEqual(week(before, current) + 1);
  });

  it("lists at most 10 riskiest systems, riskiest first", async () => {
    const { body } = await dashboard(eng);
    expect(body.riskiestSystems.length).toBeLessThanOrEqual(10);
    const risks = body.riskiestSystems.map((r: any) => r.risk);
    expect(risks).toEqual([...risks].sort((x: number, y: number) => y - x));
    for (const r of body.riskiestSystems) expect(r.risk).toBe(r.reach * (1 + r.gaps.length));
  });
});

describe("GET /api/v1/dashboard access", () => {
  it("lets a viewer read it", async () => {
    const res = await dashboard(await as("VIEWER"), `?teamId=${team.id}`);
    expect(res.status).toBe(200);
    expect(res.body.totals.systems).toBe(8);
  });

  it("refuses anonymous callers with 401 problem+json", async () => {
    const res = await dashboard(anonymous());
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
