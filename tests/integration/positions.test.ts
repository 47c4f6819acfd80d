// PUT /api/v1/topology/positions: shared map layout, saved in batches and returned by GET /topology.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb, userIdByEmail } from "./helpers/db";

let eng: ApiClient;
let teamId: string;
let a: string;
let b: string;

const createSystem = async () => {
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("pos"), name: "Positioned", kind: "GATEWAY", layer: "INFRASTRUCTURE", teamId });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const positionsOnMap = async (query: string) => {
  const { body } = await eng.get(`/api/v1/topology?${query}`);
  return Object.fromEntries(body.nodes.filter((n: any) => n.type === "system").map((n: any) => [n.id, n.position]));
};

beforeAll(async () => {
  eng = await as("ENGINEER");
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("pos-team"), name: "Positions test team" });
  teamId = team.body.id;
  [a, b] = [await createSystem(), await createSystem()];
  const link = await eng.post("/api/v1/interfaces", { key: uniqueKey("pos-if"), name: "a to b", style: "REST", mode: "SYNC", providerSystemId: a, consumerSystemId: b });
  expect(link.status).toBe(201);
});
afterAll(closeDb);

describe("/api/v1/topology/positions", () => {
  it("saves a batch, moves a system again, and the map (overview and focus) shows where they are", async () => {
    expect(await positionsOnMap(`teamId=${teamId}`)).toEqual({ [a]: null, [b]: null });
    const saved = await eng.put("/api/v1/topology/positions", { positions: [{ systemId: a, x: 10.5, y: -20 }, { systemId: b, x: 300, y: 40 }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ saved: 2 });
    expect((await eng.put("/api/v1/topology/positions", { positions: [{ systemId: b, x: 301, y: 41 }] })).status).toBe(200);
    expect(await positionsOnMap(`teamId=${teamId}`)).toEqual({ [a]: { x: 10.5, y: -20 }, [b]: { x: 301, y: 41 } });
    expect(await positionsOnMap(`focus=${a}&direction=downstream`)).toEqual({ [a]: { x: 10.5, y: -20 }, [b]: { x: 301, y: 41 } });
    const [row] = await queryDb<{ updatedById: string }>(`SELECT "updatedById" FROM "NodePosition" WHERE "systemId" = $1`, [b]);
    expect(row.updatedById).toBe(await userIdByEmail("engineer@junction.local"));
  });

  it("writes no audit entries: positions are layout, not CMDB data", async () => {
    await eng.put("/api/v1/topology/positions", { positions: [{ systemId: a, x: 1, y: 2 }] });
    const rows = await queryDb<{ action: string }>(`SELECT "action" FROM "AuditEntry" WHERE "entityId" = $1`, [a]);
    expect(rows.map((r) => r.action)).toEqual(["CREATE"]);
  });

  it("refuses unknown systems, duplicates, out-of-range numbers, unknown fields and more than 2,000 entries (422)", async () => {
    const unknown = await eng.put("/api/v1/topology/positions", { positions: [{ systemId: a, x: 0, y: 0 }, { systemId: "no-such-system", x: 0, y: 0 }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: "positions.1.systemId", message: "unknown system" }]);
    const twice = await eng.put("/api/v1/topology/positions", { positions: [{ systemId: a, x: 0, y: 0 }, { systemId: a, x: 1, y: 1 }] });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toContainEqual({ path: "positions.1.systemId", message: "this system is listed twice" });
    for (const positions of [[{ systemId: a, x: 1e9, y: 0 }], [{ systemId: a, x: "1", y: 0 }], [{ systemId: a, x: 0, y: 0, z: 1 }], []]) {
      expect((await eng.put("/api/v1/topology/positions", { positions })).status, JSON.stringify(positions)).toBe(422);
    }
    const many = Array.from({ length: 2001 }, (_, i) => ({ systemId: `s${i}`, x: i, y: i }));
    expect((await eng.put("/api/v1/topology/positions", { positions: many })).status).toBe(422);
    expect(await positionsOnMap(`teamId=${teamId}`)).toMatchObject({ [a]: { x: 1, y: 2 } }); // nothing of the refused batches landed
  });

  it("is refused to viewers (403), and goes with its system when the system is deleted", async () => {
    const viewer = await as("VIEWER");
    expect((await viewer.put("/api/v1/topology/positions", { positions: [{ systemId: a, x: 5, y: 5 }] })).status).toBe(403);
    const lone = await createSystem();
    await eng.put("/api/v1/topology/positions", { positions: [{ systemId: lone, x: 5, y: 5 }] });
    expect((await eng.delete(`/api/v1/systems/${lone}`)).status).toBe(204);
    expect(await queryDb(`SELECT 1 FROM "NodePosition" WHERE "systemId" = $1`, [lone])).toEqual([]);
  });
});
