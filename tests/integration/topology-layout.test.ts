// PUT /api/v1/topology/layout: a layout computed in one browser, stored in PostgreSQL for one view
// and estate version, and handed to every later GET /topology of that view — by anyone, through
// any app instance — until systems or interfaces change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";

let eng: ApiClient;
let viewer: ApiClient;
let teamId: string;
let ids: string[];

const createSystem = async (team: string) => {
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("lay"), name: "Laid out", kind: "GATEWAY", layer: "INFRASTRUCTURE", teamId: team });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const map = async (client: ApiClient, query: string) => {
  const res = await client.get(`/api/v1/topology?${query}`);
  expect(res.status).toBe(200);
  return res.body as { version: string; layout: unknown; nodes: { id: string }[] };
};
const layoutOf = (nodeIds: string[]) => ({
  positions: Object.fromEntries(nodeIds.map((id, i) => [id, { x: i * 300, y: 40 }])), width: nodeIds.length * 300, height: 64,
});

beforeAll(async () => {
  [eng, viewer] = [await as("ENGINEER"), await as("VIEWER")];
  teamId = (await eng.post("/api/v1/teams", { key: uniqueKey("lay-team"), name: "Layout cache team" })).body.id;
  ids = [await createSystem(teamId), await createSystem(teamId), await createSystem(teamId)];
  expect((await eng.post("/api/v1/interfaces", { key: uniqueKey("lay-if"), name: "a to b", style: "REST", mode: "SYNC", providerSystemId: ids[0], consumerSystemId: ids[1] })).status).toBe(201);
});
afterAll(closeDb);

describe("/api/v1/topology/layout", () => {
  it("stores a view's layout for everyone at this estate version, and drops it when the estate changes", async () => {
    const before = await map(eng, `teamId=${teamId}`);
    expect(before.layout).toBeNull();
    expect(before.version).toMatch(/^\d+$/);
    const layout = layoutOf(before.nodes.map((n) => n.id));
    const stored = await eng.put(`/api/v1/topology/layout?teamId=${teamId}`, { version: before.version, layout });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    expect(stored.body).toEqual({ stored: true });

    // Anyone opening the same view gets it; another view does not.
    expect((await map(viewer, `teamId=${teamId}`)).layout).toEqual(layout);
    expect((await map(viewer, `teamId=${teamId}&groupBy=kind`)).layout).toBeNull();
    const [row] = await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "TopologyLayout" WHERE "version" = $1`, [before.version]);
    expect(row.n).toBeGreaterThanOrEqual(1);

    // A write to systems anywhere moves the estate version: the stored layout no longer applies.
    await createSystem(teamId);
    const after = await map(eng, `teamId=${teamId}`);
    expect(after.version).not.toBe(before.version);
    expect(after.layout).toBeNull();
    // … and a layout for the old version is refused.
    const late = await eng.put(`/api/v1/topology/layout?teamId=${teamId}`, { version: before.version, layout });
    expect(late.status).toBe(409);
    expect(late.body.errors).toContainEqual({ path: "version", message: "not the current estate version" });
  });

  it("refuses a layout that does not place exactly the view's nodes, bad coordinates, and viewers", async () => {
    const now = await map(eng, `teamId=${teamId}`);
    const nodeIds = now.nodes.map((n) => n.id);
    const put = (client: ApiClient, layout: unknown) => client.put(`/api/v1/topology/layout?teamId=${teamId}`, { version: now.version, layout });
    const missing = await put(eng, layoutOf(nodeIds.slice(1)));
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toContainEqual({ path: "positions", message: "must place exactly the nodes of this view" });
    expect((await put(eng, layoutOf([...nodeIds, "not-in-view"]))).status).toBe(422);
    const far = layoutOf(nodeIds);
    far.positions[nodeIds[0]] = { x: 1e12, y: 0 };
    expect((await put(eng, far)).status).toBe(422);
    expect((await put(viewer, layoutOf(nodeIds))).status).toBe(403);
    expect((await map(eng, `teamId=${teamId}`)).layout).toBeNull();
  });
});
