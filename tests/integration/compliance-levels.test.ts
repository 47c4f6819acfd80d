// What the map colours by: every record's level in one answer per record type, current after an
// edit; and the initiatives list sorted as asked. Over a team of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";
import { addStandard, testEstate, type TestEstate } from "./helpers/standards";

let admin: ApiClient;
let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
let gold: string;
let none: string;
let iface: string;

type Levels = { items: { id: string; level: string }[] };
const levelsOf = async (client: ApiClient, subjectType: string) => {
  const res = await client.get<Levels>(`/api/v1/compliance/levels?subjectType=${subjectType}`);
  expect(res.status).toBe(200);
  return new Map(res.body.items.map((i) => [i.id, i.level]));
};

beforeAll(async () => {
  [admin, eng, viewer] = await Promise.all([as("ADMIN"), as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
  const scope = { teamIds: [estate.teamId] };
  await addStandard(admin, { appliesTo: "SYSTEM", severity: "MUST", scope, check: { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] } });
  await addStandard(admin, { appliesTo: "INTERFACE", severity: "MUST", scope, check: { kind: "FIELD", match: "all", conditions: [{ field: "idempotent", op: "eq", value: true }] } });
  // Retired, so of the default catalogue only a MAY on keys (which they pass) reaches them.
  gold = await estate.system({ name: "Levels gold", lifecycle: "RETIRED", runbookUrl: "https://run.example.com/g" });
  none = await estate.system({ name: "Levels none", lifecycle: "RETIRED" });
  iface = await estate.iface({ providerSystemId: gold, consumerSystemId: none, lifecycle: "RETIRED" });
});
afterAll(closeDb);

describe("GET /api/v1/compliance/levels", () => {
  it("gives every record of the type its level, ids only, and nothing of the other type", async () => {
    const systems = await levelsOf(viewer, "SYSTEM");
    expect(systems.get(gold)).toBe("GOLD");
    expect(systems.get(none)).toBe("NONE");
    expect(systems.has(iface)).toBe(false);
    const res = await viewer.get(`/api/v1/compliance/levels?subjectType=SYSTEM`);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(["id", "level"]);
    // The default catalogue's MUSTs (a contract attached…) reach interfaces of every lifecycle:
    // the answer agrees with the record's own results, and fails this file's MUST at least.
    const interfaces = await levelsOf(viewer, "INTERFACE");
    expect(interfaces.get(iface)).toBe("NONE");
    expect(interfaces.get(iface)).toBe((await viewer.get(`/api/v1/interfaces/${iface}/compliance`)).body.level);
    expect(interfaces.has(gold)).toBe(false);
  });

  it("answers with the level after an edit, not a kept one", async () => {
    expect((await levelsOf(viewer, "SYSTEM")).get(none)).toBe("NONE");
    const sys = (await eng.get(`/api/v1/systems/${none}`)).body;
    expect((await eng.patch(`/api/v1/systems/${none}`, { version: sys.version, runbookUrl: "https://run.example.com/n" })).status).toBe(200);
    expect((await levelsOf(viewer, "SYSTEM")).get(none)).toBe("GOLD");
    // And back: the answer follows every edit, not only the first.
    expect((await eng.patch(`/api/v1/systems/${none}`, { version: sys.version + 1, runbookUrl: null })).status).toBe(200);
    expect((await levelsOf(viewer, "SYSTEM")).get(none)).toBe("NONE");
  });

  it("refuses a missing or unknown record type with field errors", async () => {
    for (const query of ["", "?subjectType=TEAM"]) {
      const res = await viewer.get(`/api/v1/compliance/levels${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.subjectType"]);
    }
  });
});

describe("GET /api/v1/initiatives?sort=", () => {
  it("sorts by name, target level or deadline, either way", async () => {
    const tag = `sort-${Date.now().toString(36)}`;
    const made: string[] = [];
    for (const [name, targetLevel, deadline] of [["B", "GOLD", "2027-01-01"], ["A", "SILVER", "2027-03-01"], ["C", "BRONZE", "2027-02-01"]]) {
      const res = await admin.post("/api/v1/initiatives", { name: `${tag} ${name}`, appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, targetLevel, deadline });
      expect(res.status).toBe(201);
      made.push(res.body.id);
    }
    const names = async (sort: string) =>
      (await viewer.get(`/api/v1/initiatives?q=${tag}&sort=${sort}`)).body.items.map((i: { name: string }) => i.name.slice(-1)).join("");
    expect(await names("name")).toBe("ABC");
    expect(await names("-name")).toBe("CBA");
    expect(await names("targetLevel")).toBe("CAB");
    expect(await names("deadline")).toBe("BCA");
    expect(await names("-deadline")).toBe("ACB");
    expect((await viewer.get(`/api/v1/initiatives?sort=progress`)).status).toBe(400);
    for (const id of made) expect((await admin.delete(`/api/v1/initiatives/${id}`)).status).toBe(204);
  });
});
