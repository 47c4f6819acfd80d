// The compliance matrix, its CSV, the summary, the trend and initiatives, over a team of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { addStandard, testEstate, type TestEstate } from "./helpers/standards";

let admin: ApiClient;
let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
let must: string;
let should: string;
let gold: string;
let bronze: string;
let none: string;

beforeAll(async () => {
  [admin, eng, viewer] = await Promise.all([as("ADMIN"), as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
  const scope = { teamIds: [estate.teamId] };
  must = await addStandard(admin, { appliesTo: "SYSTEM", severity: "MUST", scope, check: { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] } });
  should = await addStandard(admin, { appliesTo: "SYSTEM", severity: "SHOULD", scope, check: { kind: "FIELD", match: "all", conditions: [{ field: "docsUrl", op: "not_empty" }] } });
  // Retired: of the default catalogue only "system-key-naming" (MAY) reaches retired systems, and
  // their keys pass it; so the levels below are decided by this file's two standards alone.
  gold = await estate.system({ name: "Gold one", lifecycle: "RETIRED", runbookUrl: "https://run.example.com/a", docsUrl: "https://docs.example.com/a" });
  bronze = await estate.system({ name: "Bronze one", lifecycle: "RETIRED", runbookUrl: "https://run.example.com/b" });
  none = await estate.system({ name: "None one", lifecycle: "RETIRED" });
});
afterAll(closeDb);

describe("/api/v1/compliance", () => {
  it("lists records × standards with level and score, filtered by team, level and failing, sorted, paged", async () => {
    const res = await viewer.get(`/api/v1/compliance?subject=SYSTEM&teamId=${estate.teamId}&sort=-score`);
    expect(res.status).toBe(200);
    expect(res.body.standards.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([must, should]));
    const rows = res.body.items.filter((r: { id: string }) => [gold, bronze, none].includes(r.id));
    expect(rows.map((r: { id: string; level: string; score: number }) => [r.id, r.level, r.score])).toEqual([
      // Weights MUST 3, SHOULD 2, MAY 1: 6/6, (3+1)/6, 1/6.
      [gold, "GOLD", 100], [bronze, "BRONZE", 67], [none, "NONE", 17],
    ]);
    expect(rows[1].results).toMatchObject({ [must]: "PASS", [should]: "FAIL" });
    const failingNone = await viewer.get(`/api/v1/compliance?subject=SYSTEM&teamId=${estate.teamId}&level=NONE&failing=true`);
    expect(failingNone.body.items.map((r: { id: string }) => r.id)).toContain(none);
    expect(failingNone.body.items.map((r: { id: string }) => r.id)).not.toContain(gold);
    const paged = await viewer.get(`/api/v1/compliance?subject=SYSTEM&teamId=${estate.teamId}&pageSize=1&page=2&sort=name`);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: res.body.total });
    expect(paged.body.items).toHaveLength(1);
    expect((await viewer.get(`/api/v1/compliance?subject=SYSTEM&teamId=${estate.teamId}&page=999`)).body).toMatchObject({ items: [], total: res.body.total });
  });

  it("exports every matching row as CSV with a column per standard", async () => {
    const res = await viewer.request("GET", `/api/v1/compliance?subject=SYSTEM&teamId=${estate.teamId}&format=csv&sort=name`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="compliance-systems-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (res.body as string).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0].split(",").slice(0, 7)).toEqual(["key", "name", "team", "tier", "level", "score", "failing"]);
    expect(lines.find((l) => l.includes("Bronze one"))).toMatch(/,BRONZE,67,1,/);
  });

  it("summarises levels per team and pass/fail per standard", async () => {
    const res = await viewer.get("/api/v1/compliance/summary?subject=SYSTEM");
    expect(res.status).toBe(200);
    const team = res.body.byTeam.find((t: { team: { id: string } | null }) => t.team?.id === estate.teamId);
    expect(team.levels).toMatchObject({ GOLD: 1, BRONZE: 1, NONE: 1 });
    const byMust = res.body.byStandard.find((s: { standard: { id: string } }) => s.standard.id === must);
    expect(byMust).toMatchObject({ pass: 2, fail: 1, waived: 0 });
    expect(res.body.estate.records).toBeGreaterThanOrEqual(3);
  });

  it("keeps today's point in the trend, and it moves with the next edit", async () => {
    const first = await viewer.get(`/api/v1/compliance/trend?subject=SYSTEM&standardId=${must}&teamId=${estate.teamId}&days=7`);
    expect(first.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(first.body.results.at(-1)).toMatchObject({ day: today, pass: 2, fail: 1 });
    const sys = (await eng.get(`/api/v1/systems/${none}`)).body;
    await eng.patch(`/api/v1/systems/${none}`, { version: sys.version, runbookUrl: "https://run.example.com/c" });
    const second = await viewer.get(`/api/v1/compliance/trend?subject=SYSTEM&standardId=${must}&teamId=${estate.teamId}&days=7`);
    expect(second.body.results.at(-1)).toMatchObject({ day: today, pass: 3, fail: 0, passRate: 1 });
    const levels = await viewer.get(`/api/v1/compliance/trend?subject=SYSTEM&teamId=${estate.teamId}`);
    expect(levels.body.levels.at(-1)).toMatchObject({ day: today, GOLD: 1, BRONZE: 2, NONE: 0 });
  });

  it("recounts today's point only after a change that moves a count, and a team left empty keeps no count", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const trend = (teamId: string) => viewer.get(`/api/v1/compliance/trend?subject=SYSTEM&standardId=${must}&teamId=${teamId}&days=7`);
    await trend(estate.teamId);
    // Tamper with today's stored row: a read that does not recount serves it as it is.
    await queryDb(`UPDATE "ComplianceSnapshot" SET "pass" = 99 WHERE "day" = current_date AND "standardId" = $1 AND "teamId" = $2`, [must, estate.teamId]);
    const edit = async (id: string, body: Record<string, unknown>) => {
      const sys = (await eng.get(`/api/v1/systems/${id}`)).body;
      expect((await eng.patch(`/api/v1/systems/${id}`, { version: sys.version, ...body })).status).toBe(200);
    };
    await edit(gold, { description: "Words only: no result, team or level moves" });
    expect((await trend(estate.teamId)).body.results.at(-1)).toMatchObject({ day: today, pass: 99 });
    // A record that leaves the team is a change: today's point is recounted, and the team it left
    // entirely (its only system) has no count left for today.
    const lone = await eng.post("/api/v1/teams", { key: `lone-${Date.now()}`, name: "Lone team" });
    const alone = await estate.system({ name: "Alone", lifecycle: "RETIRED", teamId: lone.body.id, runbookUrl: "https://run.example.com/l" });
    await edit(alone, { teamId: estate.teamId });
    expect((await trend(estate.teamId)).body.results.at(-1)).toMatchObject({ day: today, pass: 4, fail: 0 });
    await edit(alone, { teamId: lone.body.id });
    expect((await trend(estate.teamId)).body.results.at(-1)).toMatchObject({ day: today, pass: 3 });
    await edit(alone, { teamId: estate.otherTeamId });
    expect((await trend(lone.body.id)).body.results.filter((r: { day: string }) => r.day === today)).toEqual([]);
  });
});

describe("/api/v1/initiatives", () => {
  it("measures progress toward a target level per team, lists what is left, and audits", async () => {
    const created = await admin.post("/api/v1/initiatives", {
      name: "Every test system at Silver", appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, targetLevel: "SILVER", deadline: "2027-03-31",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ deadline: "2027-03-31", targetLevel: "SILVER", progress: { total: 3, atTarget: 1 } });
    const detail = await viewer.get(`/api/v1/initiatives/${created.body.id}`);
    expect(detail.body.byTeam).toEqual([expect.objectContaining({ team: expect.objectContaining({ id: estate.teamId }), total: 3, atTarget: 1 })]);
    expect(detail.body.remaining.map((r: { id: string }) => r.id).sort()).toEqual([bronze, none].sort());
    expect(detail.body.history.at(-1)).toMatchObject({ total: 3, atTarget: 1 });
    expect((await eng.post("/api/v1/initiatives", { name: "x", appliesTo: "SYSTEM", targetLevel: "GOLD", deadline: "2027-01-01" })).status).toBe(403);
    const bad = await admin.post("/api/v1/initiatives", { name: "x", appliesTo: "SYSTEM", targetLevel: "NONE", deadline: "31/03/2027" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["deadline", "targetLevel"]);
    const renamed = await admin.patch(`/api/v1/initiatives/${created.body.id}`, { version: 1, name: "Test systems at Silver" });
    expect(renamed.body).toMatchObject({ name: "Test systems at Silver", version: 2 });
    expect((await admin.delete(`/api/v1/initiatives/${created.body.id}`)).status).toBe(204);
    expect((await auditEntries("INITIATIVE", created.body.id)).map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });
});
