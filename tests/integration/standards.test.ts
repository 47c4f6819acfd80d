// /api/v1/standards and the checks they run: every operator, every kind of check, scopes, and
// "a standard or a record edited → its results change in the next answer".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb } from "./helpers/db";
import { addStandard, standardText, statusOf, testEstate, type TestEstate } from "./helpers/standards";

let admin: ApiClient;
let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;

beforeAll(async () => {
  [admin, eng, viewer] = await Promise.all([as("ADMIN"), as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
});
afterAll(closeDb);

const fieldCheck = (conditions: unknown[], match = "all") => ({ kind: "FIELD", match, conditions });

describe("/api/v1/standards", () => {
  it("creates, reads by id and key, lists with search in both languages, updates with a version check, deletes, and audits", async () => {
    const key = uniqueKey("std-crud");
    const created = await admin.post("/api/v1/standards", {
      key, text: { en: { name: "Retry policy written down", description: "d", rationale: "r" }, "zh-CN": { name: "已定义重试策略", description: "", rationale: "" } },
      category: "RELIABILITY", severity: "SHOULD", appliesTo: "INTERFACE", scope: { teamIds: [estate.teamId] },
      check: fieldCheck([{ field: "retryPolicy", op: "not_empty" }]),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key, severity: "SHOULD", active: true, version: 1, goodExample: "", scope: { teamIds: [estate.teamId] } });
    const { id } = created.body;
    expect((await viewer.get(`/api/v1/standards/${key}`)).body).toEqual(created.body);
    const found = await viewer.get(`/api/v1/standards?q=${encodeURIComponent("重试策略")}&severity=SHOULD`);
    expect(found.body.items.map((s: { id: string }) => s.id)).toContain(id);

    const updated = await admin.patch(`/api/v1/standards/${id}`, { version: 1, severity: "MUST" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ severity: "MUST", version: 2 });
    const stale = await admin.patch(`/api/v1/standards/${id}`, { version: 1, severity: "MAY" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([{ path: "version", message: "stale version" }]);

    expect((await admin.delete(`/api/v1/standards/${id}`)).status).toBe(204);
    expect((await viewer.get(`/api/v1/standards/${id}`)).status).toBe(404);
    const audit = await auditEntries("STANDARD", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(audit[1]).toMatchObject({ actorLabel: "admin@junction.local", before: { severity: "SHOULD" }, after: { severity: "MUST" } });
  });

  it("refuses checks that do not fit: unknown field, operator for another type, wrong value, catastrophic or foreign regex, graph rule on systems", async () => {
    const base = { key: uniqueKey("std-bad"), text: standardText("Bad"), category: "NAMING", severity: "MAY", appliesTo: "SYSTEM" };
    const cases: [unknown, string, string?][] = [
      [fieldCheck([{ field: "colour", op: "eq", value: "red" }]), "check.conditions.0.field"],
      [fieldCheck([{ field: "tier", op: "contains", value: "1" }]), "check.conditions.0.op"],
      [fieldCheck([{ field: "tier", op: "lt", value: "2" }]), "check.conditions.0.value"],
      [fieldCheck([{ field: "layer", op: "eq", value: "MOON" }]), "check.conditions.0.value"],
      [fieldCheck([{ field: "name", op: "matches", value: "(a)\\1" }]), "check.conditions.0.value"],
      [fieldCheck([{ field: "name", op: "matches", value: "a".repeat(201) }]), "check.conditions.0.value"],
      [fieldCheck([{ field: "name", op: "empty", value: "x" }]), "check.conditions.0.value"],
      [fieldCheck([{ field: "teamId", op: "eq", value: { ref: "key" } }]), "check.conditions.0.value"],
      [{ kind: "GRAPH", match: "all", conditions: [{ field: "provider.layer", op: "eq", value: "DATA" }] }, "appliesTo"],
      [{ kind: "ATTESTATION", validDays: 0 }, "check.validDays"],
    ];
    for (const [check, path] of cases) {
      const res = await admin.post("/api/v1/standards", { ...base, check });
      expect({ check, status: res.status, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toMatchObject({ check, status: 422, paths: expect.arrayContaining([path]) });
    }
    // An update is checked as a whole: a graph check cannot be moved onto a system standard.
    const id = await addStandard(admin, { appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, check: fieldCheck([{ field: "vendor", op: "empty" }]) });
    const res = await admin.patch(`/api/v1/standards/${id}`, { version: 1, check: { kind: "GRAPH", match: "all", conditions: [{ field: "provider.tier", op: "eq", value: 0 }] } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("appliesTo");
  });
});

describe("field rules: every operator, through the API", () => {
  // [operator, value, the system's fields that pass, the fields that fail]
  const CASES: [string, string, unknown, Record<string, unknown>, Record<string, unknown>][] = [
    ["eq", "layer", "DATA", { layer: "DATA" }, { layer: "BUSINESS" }],
    ["neq", "lifecycle", "RETIRED", { lifecycle: "ACTIVE" }, { lifecycle: "RETIRED" }],
    ["lt", "tier", 2, { tier: 1 }, { tier: 2 }],
    ["gt", "tier", 1, { tier: 2 }, { tier: 1 }],
    ["lte", "tier", 1, { tier: 1 }, { tier: 2 }],
    ["gte", "tier", 2, { tier: 2 }, { tier: 1 }],
    ["in", "kind", ["DATABASE", "DATA_PLATFORM"], { kind: "DATABASE" }, { kind: "SAAS" }],
    ["not_in", "kind", ["SAAS"], { kind: "DATABASE" }, { kind: "SAAS" }],
    ["contains", "tags", "pci", { tags: ["pci", "eu"] }, { tags: ["eu"] }],
    ["empty", "vendor", undefined, { vendor: null }, { vendor: "SAP" }],
    ["not_empty", "runbookUrl", undefined, { runbookUrl: "https://wiki.example.com/run" }, { runbookUrl: null }],
    ["starts_with", "docsUrl", "https://docs.", { docsUrl: "https://docs.example.com/a" }, { docsUrl: "https://wiki.example.com/a" }],
    ["ends_with", "name", "Service", { name: "Order Service" }, { name: "Order app" }],
    ["matches", "key", "^std-sys-[0-9a-f]{8}$", {}, { key: uniqueKey("std-sys-x") }],
  ];

  it.each(CASES)("%s on %s", async (op, field, value, passing, failing) => {
    const scope = { teamIds: [estate.teamId] };
    const standardId = await addStandard(admin, { appliesTo: "SYSTEM", scope, check: fieldCheck([{ field, op, ...(value === undefined ? {} : { value }) }]) });
    const good = await estate.system(passing);
    const bad = await estate.system(failing);
    expect(await statusOf(viewer, "systems", good, standardId)).toBe("PASS");
    expect(await statusOf(viewer, "systems", bad, standardId)).toBe("FAIL");
    const reason = (await viewer.get(`/api/v1/systems/${bad}/compliance`)).body.results.find((r: { standard: { id: string } }) => r.standard.id === standardId).reason;
    expect(reason).toMatchObject({ t: "field", failed: [{ field, op }] });
    await admin.patch(`/api/v1/standards/${standardId}`, { version: 1, active: false });
  });

  it("any: one condition is enough; all: every one", async () => {
    const conditions = [{ field: "tier", op: "eq", value: 0 }, { field: "layer", op: "eq", value: "DATA" }];
    const anyId = await addStandard(admin, { appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, check: fieldCheck(conditions, "any") });
    const allId = await addStandard(admin, { appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, check: fieldCheck(conditions, "all") });
    const one = await estate.system({ tier: 0, layer: "BUSINESS" });
    expect(await statusOf(viewer, "systems", one, anyId)).toBe("PASS");
    expect(await statusOf(viewer, "systems", one, allId)).toBe("FAIL");
    for (const id of [anyId, allId]) await admin.patch(`/api/v1/standards/${id}`, { version: 1, active: false });
  });
});

describe("graph rules", () => {
  it("fail the interface whose ends match, naming both, and compare the ends with each other", async () => {
    const layering = await addStandard(admin, {
      appliesTo: "INTERFACE", scope: { teamIds: [estate.teamId] },
      check: { kind: "GRAPH", match: "all", conditions: [{ field: "consumer.layer", op: "eq", value: "PRESENTATION" }, { field: "provider.layer", op: "eq", value: "DATA" }] },
    });
    const crossTeam = await addStandard(admin, {
      appliesTo: "INTERFACE", scope: { teamIds: [estate.teamId] },
      check: { kind: "GRAPH", match: "all", conditions: [{ field: "interface.style", op: "eq", value: "DB_LINK" }, { field: "provider.teamId", op: "neq", value: { ref: "consumer.teamId" } }] },
    });
    const ui = await estate.system({ layer: "PRESENTATION" });
    const dbOther = await estate.system({ layer: "DATA", teamId: estate.otherTeamId });
    const bad = await estate.iface({ providerSystemId: dbOther, consumerSystemId: ui, style: "DB_LINK", mode: "SYNC" });
    const res = await viewer.get(`/api/v1/interfaces/${bad}/compliance`);
    const byId = Object.fromEntries(res.body.results.map((r: { standard: { id: string } }) => [r.standard.id, r]));
    expect(byId[layering]).toMatchObject({ status: "FAIL", reason: { t: "graph", providerId: dbOther, consumerId: ui } });
    expect(byId[crossTeam]).toMatchObject({ status: "FAIL", reason: { t: "graph", matched: [{ field: "interface.style" }, { field: "provider.teamId", actual: estate.otherTeamId }] } });

    // The provider moves into the consumer's team and out of the data layer: a change on an END
    // re-checks the interface, in the next answer.
    const provider = (await eng.get(`/api/v1/systems/${dbOther}`)).body;
    expect((await eng.patch(`/api/v1/systems/${dbOther}`, { version: provider.version, teamId: estate.teamId, layer: "BUSINESS" })).status).toBe(200);
    expect(await statusOf(viewer, "interfaces", bad, layering)).toBe("PASS");
    expect(await statusOf(viewer, "interfaces", bad, crossTeam)).toBe("PASS");
    for (const id of [layering, crossTeam]) await admin.patch(`/api/v1/standards/${id}`, { version: 1, active: false });
  });
});

describe("results follow edits", () => {
  it("a record edited → its result changes in the next answer; a standard edited → likewise; scope narrows what applies", async () => {
    const standardId = await addStandard(admin, {
      appliesTo: "INTERFACE", scope: { teamIds: [estate.teamId], styles: ["REST"] },
      check: fieldCheck([{ field: "authMethod", op: "not_in", value: ["NONE"] }]),
    });
    const rest = await estate.iface({ style: "REST", authMethod: "NONE" });
    const grpc = await estate.iface({ style: "GRPC", authMethod: "NONE" });
    expect(await statusOf(viewer, "interfaces", rest, standardId)).toBe("FAIL");
    expect(await statusOf(viewer, "interfaces", grpc, standardId)).toBe("NOT_APPLICABLE");
    const before = (await viewer.get(`/api/v1/interfaces/${rest}/compliance`)).body;
    expect(before.level).toBe("NONE");

    const current = (await eng.get(`/api/v1/interfaces/${rest}`)).body;
    expect((await eng.patch(`/api/v1/interfaces/${rest}`, { version: current.version, authMethod: "OAUTH2" })).status).toBe(200);
    expect(await statusOf(viewer, "interfaces", rest, standardId)).toBe("PASS");

    // The standard widens to gRPC and tightens to mTLS only.
    const res = await admin.patch(`/api/v1/standards/${standardId}`, {
      version: 1, scope: { teamIds: [estate.teamId], styles: ["REST", "GRPC"] }, check: fieldCheck([{ field: "authMethod", op: "eq", value: "MTLS" }]),
    });
    expect(res.status).toBe(200);
    expect(await statusOf(viewer, "interfaces", rest, standardId)).toBe("FAIL");
    expect(await statusOf(viewer, "interfaces", grpc, standardId)).toBe("FAIL");
    // Paused: it no longer applies to anything.
    await admin.patch(`/api/v1/standards/${standardId}`, { version: 2, active: false });
    expect(await statusOf(viewer, "interfaces", rest, standardId)).toBe("NOT_APPLICABLE");
  });
});
