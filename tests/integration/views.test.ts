// /api/v1/views: saved, shared views of the map, with optimistic concurrency and an audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb } from "./helpers/db";

let eng: ApiClient;
let system: string;
let teamId: string;

const newView = (over: Record<string, unknown> = {}) => ({
  key: uniqueKey("view"),
  name: "Order flow",
  definition: { filters: { layer: ["BUSINESS"], teamId: [teamId] }, focus: system, direction: "downstream", depth: 3 },
  positions: [{ systemId: system, x: 12, y: 34 }],
  ...over,
});

beforeAll(async () => {
  eng = await as("ENGINEER");
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("view-team"), name: "Views test team" });
  teamId = team.body.id;
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("view-sys"), name: "View focus", kind: "BUSINESS_APP", layer: "BUSINESS", teamId });
  system = res.body.id;
});
afterAll(closeDb);

describe("/api/v1/views lifecycle", () => {
  it("creates with defaults, reads by id and key, lists without positions, updates with a version check, deletes, and audits", async () => {
    const created = await eng.post("/api/v1/views", newView());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Order flow", description: "", version: 1,
      definition: { filters: { layer: ["BUSINESS"], teamId: [teamId] }, groupBy: null, focus: system, direction: "downstream", depth: 3, breadth: 25 },
      positions: [{ systemId: system, x: 12, y: 34 }],
      owner: { email: "engineer@junction.local", active: true },
    });
    const { id, key } = created.body;
    expect((await eng.get(`/api/v1/views/${key}`)).body).toEqual(created.body);

    const list = await (await as("VIEWER")).get(`/api/v1/views?q=${key}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id, positionCount: 1 }] });
    expect(list.body.items[0]).not.toHaveProperty("positions");

    const renamed = await eng.patch(`/api/v1/views/${id}`, { version: 1, name: "Order flow (v2)", definition: { groupBy: "team" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ version: 2, name: "Order flow (v2)", definition: { groupBy: "team", focus: null, filters: {} } });
    expect(renamed.body.positions).toHaveLength(1); // untouched when not sent

    const stale = await eng.patch(`/api/v1/views/${id}`, { version: 1, name: "Lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });

    const dropped = await eng.patch(`/api/v1/views/${id}`, { version: 2, positions: null });
    expect(dropped.body).toMatchObject({ version: 3, positions: null, name: "Order flow (v2)" });

    expect((await eng.delete(`/api/v1/views/${id}`)).status).toBe(204);
    expect((await eng.get(`/api/v1/views/${id}`)).status).toBe(404);

    const audit = await auditEntries("VIEW", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "DELETE"]);
    expect(audit[0]).toMatchObject({ actorLabel: "engineer@junction.local", before: null, after: { key, positionCount: 1 } });
    expect(audit[0].after).not.toHaveProperty("positions");
    expect(audit[2]).toMatchObject({ before: { positionCount: 1 }, after: { positionCount: 0, version: 3 } });
    const seenByViewer = await (await as("VIEWER")).get(`/api/v1/audit?entityType=VIEW&entityId=${id}`);
    expect(seenByViewer.body.total).toBe(4);
  });

  it("rejects a duplicate key with 409, on create and on rename", async () => {
    const first = await eng.post("/api/v1/views", newView());
    const dup = await eng.post("/api/v1/views", newView({ key: first.body.key }));
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: "key", message: "already exists" });
    const second = await eng.post("/api/v1/views", newView());
    const clash = await eng.patch(`/api/v1/views/${second.body.id}`, { version: 1, key: first.body.key });
    expect(clash.status).toBe(409);
  });
});

describe("/api/v1/views validation and access", () => {
  it("refuses focus with groupBy, unknown systems and teams, unknown fields (422)", async () => {
    const both = await eng.post("/api/v1/views", newView({ definition: { focus: system, groupBy: "layer" } }));
    expect(both.status).toBe(422);
    expect(both.body.errors.map((e: any) => e.path)).toContain("definition.groupBy");
    const dangling = await eng.post("/api/v1/views", newView({
      definition: { focus: "no-such-system", filters: { teamId: ["no-such-team"] } },
      positions: [{ systemId: "no-such-system", x: 0, y: 0 }],
    }));
    expect(dangling.status).toBe(422);
    expect(dangling.body.errors).toEqual(expect.arrayContaining([
      { path: "definition.focus", message: "unknown system" },
      { path: "positions.0.systemId", message: "unknown system" },
      { path: "definition.filters.teamId.0", message: "unknown team" },
    ]));
    expect((await eng.post("/api/v1/views", newView({ definition: { zoom: 2 } }))).status).toBe(422);
  });

  it("lets viewers read but not change (403), anonymous callers nothing (401), and answers 404 for unknown views", async () => {
    const { body } = await eng.post("/api/v1/views", newView());
    const viewer = await as("VIEWER");
    expect((await viewer.get(`/api/v1/views/${body.id}`)).status).toBe(200);
    expect((await viewer.post("/api/v1/views", newView())).status).toBe(403);
    expect((await viewer.patch(`/api/v1/views/${body.id}`, { version: 1, name: "Viewer edit" })).status).toBe(403);
    expect((await viewer.delete(`/api/v1/views/${body.id}`)).status).toBe(403);
    expect((await anonymous().get("/api/v1/views")).status).toBe(401);
    for (const res of [await eng.get("/api/v1/views/no-such-view"), await eng.patch("/api/v1/views/no-such-view", { version: 1 }), await eng.delete("/api/v1/views/no-such-view")]) {
      expect(res.status).toBe(404);
    }
  });
});
