// Impact analysis over HTTP on crafted graphs (cycles, a diamond, a broker, a disconnected part),
// checked against the reference traversal in helpers/graph.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, userIdByEmail } from "./helpers/db";
import { buildGraph, expectValidPaths, referenceImpact, type Built } from "./helpers/graph";

let eng: ApiClient;
let g: Built;
let team: { id: string; key: string };
let ownerId: string;

// a→b, a→c, b→d, c→d: a diamond; d→e→b: a cycle inside it; e→f→a: a cycle back to the root;
// c→i through broker k, i→j; g⇄h: a disconnected 2-cycle.
const SPEC = {
  systems: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"],
  interfaces: [
    ["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["d", "e"], ["e", "b"], ["e", "f"], ["f", "a"],
    ["g", "h"], ["h", "g"], ["c", "i", "k"], ["i", "j"],
  ] as [string, string, string?][],
};

const systemImpact = (root: string, query = "") => eng.get(`/api/v1/systems/${g.id[root]}/impact?limit=1000${query}`);

/** name → distance from the API's answer, after checking it lists each system once. */
function distances(body: any): Map<string, number> {
  const names = body.systems.map((s: any) => g.name[s.id]);
  expect(new Set(names).size).toBe(names.length);
  return new Map(body.systems.map((s: any) => [g.name[s.id], s.distance]));
}
const interfaceDistances = (body: any) => new Map(body.interfaces.map((i: any) => [i.id, i.distance]));

beforeAll(async () => {
  eng = await as("ENGINEER");
  ownerId = await userIdByEmail("engineer@junction.local");
  const created = await eng.post("/api/v1/teams", {
    key: uniqueKey("impact-team"), name: "Impact test team", onCall: "pagerduty:impact", chatChannel: "#impact", contactEmail: "impact@example.com",
  });
  expect(created.status).toBe(201);
  team = created.body;
  g = await buildGraph(eng, { ...SPEC, fields: { d: { teamId: team.id, technicalOwnerId: ownerId, tier: 0 }, e: { teamId: team.id } } });
});
afterAll(closeDb);

describe("system impact matches a reference traversal", () => {
  it.each(["downstream", "upstream"] as const)("%s, from every system, unlimited and at depths 1 and 2", async (direction) => {
    for (const root of SPEC.systems) {
      for (const depth of [undefined, 1, 2]) {
        const res = await systemImpact(root, `&direction=${direction}${depth ? `&depth=${depth}` : ""}`);
        expect(res.status).toBe(200);
        const ref = referenceImpact(g.edges, new Map([[root, 0]]), direction, depth, { system: root });
        expect(distances(res.body), `${direction} from ${root}, depth ${depth}`).toEqual(ref.distance);
        expect(interfaceDistances(res.body)).toEqual(ref.interfaces);
        expect(res.body.totals).toMatchObject({ systems: ref.distance.size, interfaces: ref.interfaces.size });
        expectValidPaths(g, g.id[root], res.body, direction);
      }
    }
  });

  it("orders by distance, reaches across the cycles and stays inside the component", async () => {
    const { body } = await systemImpact("a");
    expect(body.root).toEqual({ type: "system", id: g.id.a, key: `${g.tag}-a`, name: `${g.tag} a` });
    expect(distances(body)).toEqual(new Map([["b", 1], ["c", 1], ["d", 2], ["i", 2], ["e", 3], ["j", 3], ["f", 4]]));
    expect(body.systems.map((s: any) => s.distance)).toEqual([...body.systems.map((s: any) => s.distance)].sort((x, y) => x - y));
    expect(body.totals).toMatchObject({ maxDistance: 4, byDistance: [{ distance: 1, systems: 2 }, { distance: 2, systems: 2 }, { distance: 3, systems: 2 }, { distance: 4, systems: 1 }] });
    // f→a closes the loop: the interface is affected, the root is not listed as its own victim.
    expect(body.interfaces.map((i: any) => i.id)).toContain(g.edges[7].id);
    expect((await systemImpact("g")).body.systems.map((s: any) => g.name[s.id])).toEqual(["h"]);
  });

  it("lists what a broker's failure breaks, and the broker as a dependency", async () => {
    expect(distances((await systemImpact("k")).body)).toEqual(new Map([["i", 1], ["j", 2]]));
    expect(distances((await systemImpact("i", "&direction=upstream")).body).get("k")).toBe(1);
  });

  it("names the team to call and the technical owner, and tallies teams over the whole result", async () => {
    const { body } = await systemImpact("a");
    const d = body.systems.find((s: any) => s.id === g.id.d);
    expect(d).toMatchObject({
      tier: 0,
      team: { id: team.id, key: team.key, name: "Impact test team", onCall: "pagerduty:impact", chatChannel: "#impact", contactEmail: "impact@example.com" },
      technicalOwner: { id: ownerId, email: "engineer@junction.local", active: true },
    });
    expect(body.systems.find((s: any) => s.id === g.id.b)).toMatchObject({ team: null, technicalOwner: null });
    expect(body.teams).toEqual([expect.objectContaining({ id: team.id, systems: 2, nearestDistance: 2, onCall: "pagerduty:impact" })]);
    expect(body.totals).toMatchObject({ withoutTeam: 5, teams: 1 });
    const countsOnly = await eng.get(`/api/v1/systems/${g.id.a}/impact?limit=0`);
    expect(countsOnly.body).toMatchObject({ systems: [], interfaces: [], teams: [], truncated: true, totals: { systems: 7, teams: 1 } });
  });

  it("pages the lists (limit, offset), nearest first, most critical first, with totals for everything", async () => {
    const { body } = await eng.get(`/api/v1/systems/${g.id.a}/impact?limit=3`);
    expect(body.truncated).toBe(true);
    expect(body.totals).toMatchObject({ systems: 7, interfaces: 10 });
    expect(body.systems.map((s: any) => g.name[s.id])).toEqual(["b", "c", "d"]); // d is tier 0, i tier 2
    expect(body.interfaces).toHaveLength(3);
    expect((await systemImpact("a")).body.truncated).toBe(false);
    const next = await eng.get(`/api/v1/systems/${g.id.a}/impact?limit=3&offset=3`);
    expect(next.body.systems.map((s: any) => g.name[s.id])).toEqual(["i", "e", "j"]);
    expect(next.body.truncated).toBe(true);
    const last = await eng.get(`/api/v1/systems/${g.id.a}/impact?limit=10&offset=6`);
    expect(last.body.systems.map((s: any) => g.name[s.id])).toEqual(["f"]);
    expect(last.body.interfaces).toHaveLength(4);
    expect(last.body.truncated).toBe(false);
  });
});

describe("interface impact", () => {
  it.each(["downstream", "upstream"] as const)("%s matches the reference for every interface", async (direction) => {
    for (const edge of g.edges) {
      const res = await eng.get(`/api/v1/interfaces/${edge.id}/impact?direction=${direction}&limit=1000`);
      expect(res.status).toBe(200);
      const seeds = direction === "downstream" ? [edge.consumer] : [edge.provider, ...(edge.via ? [edge.via] : [])];
      const ref = referenceImpact(g.edges, new Map(seeds.map((s) => [s, 1])), direction, Infinity, { interfaceId: edge.id });
      expect(distances(res.body), `${direction} of ${edge.provider}→${edge.consumer}`).toEqual(ref.distance);
      expect(interfaceDistances(res.body)).toEqual(ref.interfaces);
      expect(res.body.root).toMatchObject({ type: "interface", id: edge.id, key: edge.key });
      for (const s of res.body.systems) expect(s.path[0].interfaceId).toBe(edge.id);
      expectValidPaths(g, "", res.body, direction);
    }
  });

  it("downstream of d→e is e and what e feeds; upstream of c→i (via k) is c, k and c's suppliers", async () => {
    const down = await eng.get(`/api/v1/interfaces/${g.edges[4].key}/impact?depth=2`);
    expect(distances(down.body)).toEqual(new Map([["e", 1], ["b", 2], ["f", 2]]));
    const up = await eng.get(`/api/v1/interfaces/${g.edges[10].id}/impact?direction=upstream`);
    expect(distances(up.body)).toEqual(new Map([["c", 1], ["k", 1], ["a", 2], ["f", 3], ["e", 4], ["d", 5], ["b", 6]]));
  });
});

describe("impact errors and access", () => {
  it("answers 404 for unknown systems and interfaces, 400 for a bad direction or depth", async () => {
    for (const path of ["/api/v1/systems/no-such-system/impact", "/api/v1/interfaces/no-such-interface/impact"]) {
      const res = await eng.get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await eng.get(`/api/v1/systems/${g.id.a}/impact?direction=sideways`)).status).toBe(400);
    expect((await eng.get(`/api/v1/systems/${g.id.a}/impact?depth=0`)).status).toBe(400);
  });

  it("lets a viewer analyse (also by key), refuses anonymous callers", async () => {
    const viewer = await as("VIEWER");
    const res = await viewer.get(`/api/v1/systems/${g.tag}-a/impact`);
    expect(res.status).toBe(200);
    expect(res.body.totals.systems).toBe(7);
    expect((await anonymous().get(`/api/v1/systems/${g.id.a}/impact`)).status).toBe(401);
  });
});

describe("impact reach (ids and distances only, for highlighting)", () => {
  const byId = (list: { id: string; distance: number }[]) => new Map(list.map((x) => [x.id, x.distance]));
  const ordered = (list: { distance: number }[]) => list.every((x, i) => i === 0 || list[i - 1].distance <= x.distance);

  /** The reach and the detailed analysis (every page at once) of one root, compared. */
  async function expectReachMatchesDetail(path: string, query: string) {
    const [reach, detail] = await Promise.all([eng.get(`${path}/impact/reach?${query}`), eng.get(`${path}/impact?limit=50000&${query}`)]);
    expect(reach.status).toBe(200);
    expect(detail.status).toBe(200);
    expect(detail.body.truncated).toBe(false);
    expect(reach.body).toMatchObject({ root: detail.body.root, direction: detail.body.direction, depth: detail.body.depth });
    expect(reach.body.systems).toHaveLength(detail.body.totals.systems);
    expect(reach.body.interfaces).toHaveLength(detail.body.totals.interfaces);
    expect(byId(reach.body.systems)).toEqual(byId(detail.body.systems));
    expect(byId(reach.body.interfaces)).toEqual(byId(detail.body.interfaces));
    expect(ordered(reach.body.systems) && ordered(reach.body.interfaces)).toBe(true);
    for (const s of reach.body.systems) expect(Object.keys(s).sort()).toEqual(["distance", "id"]);
    return reach.body;
  }

  it.each(["downstream", "upstream"] as const)("%s: equals the full detailed result from every system, at every depth", async (direction) => {
    for (const root of SPEC.systems) {
      for (const depth of [undefined, 1, 2]) {
        await expectReachMatchesDetail(`/api/v1/systems/${g.id[root]}`, `direction=${direction}${depth ? `&depth=${depth}` : ""}`);
      }
    }
  });

  it.each(["downstream", "upstream"] as const)("%s: equals the full detailed result from every interface", async (direction) => {
    for (const edge of g.edges) {
      const body = await expectReachMatchesDetail(`/api/v1/interfaces/${edge.id}`, `direction=${direction}`);
      expect(body.interfaces.map((i: any) => i.id)).not.toContain(edge.id);
    }
  });

  it("reaches across the diamond and the cycles, never lists the root, and respects depth", async () => {
    const all = await eng.get(`/api/v1/systems/${g.id.a}/impact/reach`);
    expect(all.body.root).toEqual({ type: "system", id: g.id.a, key: `${g.tag}-a`, name: `${g.tag} a` });
    expect(all.body).toMatchObject({ direction: "downstream", depth: null });
    const names = (body: any) => new Map(body.systems.map((s: any) => [g.name[s.id], s.distance]));
    expect(names(all.body)).toEqual(new Map([["b", 1], ["c", 1], ["d", 2], ["i", 2], ["e", 3], ["j", 3], ["f", 4]]));
    expect(all.body.interfaces).toHaveLength(10);

    const two = await eng.get(`/api/v1/systems/${g.tag}-a/impact/reach?depth=2`);
    expect(two.body.depth).toBe(2);
    expect(names(two.body)).toEqual(new Map([["b", 1], ["c", 1], ["d", 2], ["i", 2]]));
    expect(Math.max(...two.body.interfaces.map((i: any) => i.distance))).toBe(2);

    const up = await eng.get(`/api/v1/interfaces/${g.edges[10].key}/impact/reach?direction=upstream&depth=1`);
    expect(names(up.body)).toEqual(new Map([["c", 1], ["k", 1]]));
  });

  it("answers 404 for unknown roots and 400 for a bad direction or depth; viewers may, anonymous may not", async () => {
    for (const path of ["/api/v1/systems/no-such-system/impact/reach", "/api/v1/interfaces/no-such-interface/impact/reach"]) {
      const res = await eng.get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await eng.get(`/api/v1/systems/${g.id.a}/impact/reach?direction=sideways`)).status).toBe(400);
    expect((await eng.get(`/api/v1/systems/${g.id.a}/impact/reach?depth=0`)).status).toBe(400);
    const viewer = await as("VIEWER");
    const res = await viewer.get(`/api/v1/interfaces/${g.edges[0].id}/impact/reach`);
    expect(res.status).toBe(200);
    expect(res.body.systems.length).toBeGreaterThan(0);
    for (const path of [`/api/v1/systems/${g.id.a}/impact/reach`, `/api/v1/interfaces/${g.edges[0].id}/impact/reach`]) {
      const anon = await anonymous().get(path);
      expect(anon.status).toBe(401);
      expect(anon.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
