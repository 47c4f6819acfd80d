// GET /api/v1/topology over HTTP: the small-estate view, grouping that accounts for every
// interface (checked against the list APIs and the database), the collapse above 1,000 systems,
// and focus views whose breadth cap leaves "+N more" markers with the right counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { buildGraph, type Built } from "./helpers/graph";

let eng: ApiClient;
let g: Built;
const teams: Record<"t1" | "t2" | "big", { id: string; name: string }> = {} as never;

// hub h feeds c1…c6 (twice c1, once over broker k); each ci feeds di; u feeds h.
const C = [1, 2, 3, 4, 5, 6];
const SYSTEMS = ["h", "u", "k", ...C.flatMap((i) => [`c${i}`, `d${i}`])];
const INTERFACES: [string, string, (string | null)?, string?][] = [
  ["u", "h"], ["h", "c1"], ["h", "c1", null, "GRPC"], ["h", "c2", "k"], ...C.slice(2).map((i): [string, string] => ["h", `c${i}`]),
  ...C.map((i): [string, string, null, string] => [`c${i}`, `d${i}`, null, "GRPC"]),
];
const teamOf = (n: string) => (["h", "u"].includes(n) || (n.startsWith("d") && Number(n.slice(1)) % 2) ? "t1" : "t2");

const topology = (query: string) => eng.get(`/api/v1/topology?${query}`);
const sum = (items: any[], field: string) => items.reduce((s, x) => s + x[field], 0);

async function createTeam(label: string) {
  const res = await eng.post("/api/v1/teams", { key: uniqueKey(label), name: `Topology ${label}` });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, name: res.body.name as string };
}

beforeAll(async () => {
  eng = await as("ENGINEER");
  [teams.t1, teams.t2, teams.big] = await Promise.all([createTeam("t1"), createTeam("t2"), createTeam("big")]);
  const fields = Object.fromEntries(SYSTEMS.map((n) => [n, { teamId: teams[teamOf(n)].id, ...(n === "c6" ? { tier: 0 } : {}) }]));
  g = await buildGraph(eng, { systems: SYSTEMS, interfaces: INTERFACES, fields });
  // 1,001 systems in one team: just above the limit where an overview turns into groups.
  const tag = uniqueKey("big");
  for (let i = 0; i < 1001; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, 1001 - i) }, (_, j) =>
        eng.post("/api/v1/systems", {
          key: `${tag}-${i + j}`, name: `Big ${i + j}`, kind: "DATABASE", layer: (i + j) % 2 ? "DATA" : "BUSINESS", teamId: teams.big.id,
        }).then((res) => expect(res.status).toBe(201)),
      ),
    );
  }
}, 120_000);
afterAll(closeDb);

describe("topology overview", () => {
  it("draws every system and interface of a small filtered estate", async () => {
    const { status, body } = await topology(`teamId=${teams.t1.id},${teams.t2.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ view: "systems", groupBy: null, collapsed: false, totals: { systems: 15, interfaces: 14 } });
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual(Object.values(g.id).sort());
    expect(body.edges.map((e: any) => e.id).sort()).toEqual(g.edges.map((e) => e.id).sort());
    const brokered = body.edges.find((e: any) => e.id === g.edges[3].id);
    expect(brokered).toMatchObject({ type: "interface", source: g.id.h, target: g.id.c2, viaSystemId: g.id.k, style: "MESSAGE_QUEUE" });
    expect(body.nodes.find((n: any) => n.id === g.id.c6)).toMatchObject({ type: "system", tier: 0, teamId: teams.t2.id });
  });

  it("groups by team with exact counts per pair of teams and inside each team", async () => {
    const { body } = await topology(`teamId=${teams.t1.id},${teams.t2.id}&groupBy=team`);
    expect(body).toMatchObject({ view: "groups", groupBy: "team", collapsed: false });
    const expected = new Map<string, number>();
    for (const e of g.edges) {
      const pair = `team:${teams[teamOf(e.provider)].id}>team:${teams[teamOf(e.consumer)].id}`;
      expected.set(pair, (expected.get(pair) ?? 0) + 1);
    }
    const group = (t: "t1" | "t2") => body.nodes.find((n: any) => n.id === `team:${teams[t].id}`);
    expect(group("t1")).toMatchObject({ label: teams.t1.name, systems: 5, internalInterfaces: expected.get(`team:${teams.t1.id}>team:${teams.t1.id}`) });
    expect(group("t2")).toMatchObject({ label: teams.t2.name, systems: 10, internalInterfaces: expected.get(`team:${teams.t2.id}>team:${teams.t2.id}`) });
    for (const e of body.edges) expect(e.interfaces, e.id).toBe(expected.get(e.id));
    expect(body.edges.find((e: any) => e.source === group("t1").id).styles).toEqual({ REST: 5, GRPC: 1, MESSAGE_QUEUE: 1 });
  });

  it("accounts for every interface of the whole estate, as the list APIs and the database count them", async () => {
    const [view, systems, interfaces, [db]] = await Promise.all([
      topology("groupBy=kind"), eng.get("/api/v1/systems?pageSize=1"), eng.get("/api/v1/interfaces?pageSize=1"),
      queryDb<{ s: number; i: number }>(`SELECT (SELECT count(*) FROM "System")::int AS s, (SELECT count(*) FROM "Interface")::int AS i`),
    ]);
    const { nodes, edges, totals, omitted } = view.body;
    expect(totals).toEqual({ systems: systems.body.total, interfaces: interfaces.body.total });
    expect(totals).toEqual({ systems: db.s, interfaces: db.i });
    expect(sum(nodes, "systems")).toBe(totals.systems);
    expect(omitted).toEqual({ pairs: 0, interfaces: 0 }); // 12 kinds: far below the edge cap
    expect(sum(edges, "interfaces") + sum(nodes, "internalInterfaces")).toBe(totals.interfaces);
  });

  it("accounts for every interface among filtered systems", async () => {
    const [view, systems, [db]] = await Promise.all([
      topology("groupBy=team&layer=BUSINESS,DATA&tier=0,1,2&style=REST,GRPC"),
      eng.get("/api/v1/systems?pageSize=1&layer=BUSINESS,DATA&tier=0,1,2"),
      queryDb<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId" JOIN "System" c ON c."id" = i."consumerSystemId"
          WHERE i."style" IN ('REST', 'GRPC') AND p."layer" IN ('BUSINESS', 'DATA') AND c."layer" IN ('BUSINESS', 'DATA') AND p."tier" <= 2 AND c."tier" <= 2`,
      ),
    ]);
    const { nodes, edges, totals, omitted } = view.body;
    expect(totals).toEqual({ systems: systems.body.total, interfaces: db.n });
    expect(sum(nodes, "systems")).toBe(totals.systems);
    // Pairs beyond the edge cap (many teams) are not drawn but counted, on both their groups.
    expect(sum(edges, "interfaces") + sum(nodes, "internalInterfaces") + omitted.interfaces).toBe(totals.interfaces);
    expect(nodes.reduce((s: number, n: { omitted: { outgoing: number } }) => s + n.omitted.outgoing, 0)).toBe(omitted.interfaces);
  });

  it("collapses more than 1,000 systems into groups (by layer unless asked), and not 1,000 or fewer", async () => {
    const big = await topology(`teamId=${teams.big.id}`);
    expect(big.body).toMatchObject({ view: "groups", groupBy: "layer", collapsed: true, totals: { systems: 1001, interfaces: 0 } });
    expect(big.body.nodes.map((n: any) => [n.id, n.systems]).sort()).toEqual([["layer:BUSINESS", 501], ["layer:DATA", 500]]);
    expect((await topology(`teamId=${teams.big.id}&groupBy=team`)).body).toMatchObject({ collapsed: false, nodes: [{ label: teams.big.name, systems: 1001 }] });
    const half = await topology(`teamId=${teams.big.id}&layer=DATA`);
    expect(half.body).toMatchObject({ view: "systems", collapsed: false });
    expect(half.body.nodes).toHaveLength(500);
  });
});

describe("topology focus", () => {
  it("caps neighbours at breadth and says how many systems and interfaces are behind \"+N more\"", async () => {
    const { body } = await topology(`focus=${g.id.h}&direction=downstream&depth=1&breadth=3`);
    expect(body).toMatchObject({ view: "focus", focus: g.id.h, truncated: true });
    const shown = body.nodes.filter((n: any) => n.type === "system").map((n: any) => g.name[n.id]);
    expect(shown).toEqual(["h", "c6", "c1", "c2"]); // c6 is tier 0: the most critical first
    expect(body.nodes.filter((n: any) => n.type === "more")).toEqual([
      { type: "more", id: `more:${g.id.h}:downstream`, systemId: g.id.h, direction: "downstream", systems: 3, interfaces: 3 },
    ]);
    expect(body.edges.find((e: any) => e.type === "more")).toMatchObject({ source: g.id.h, target: `more:${g.id.h}:downstream`, interfaces: 3 });
    expect(body.nodes[0]).toMatchObject({ distance: 0, hidden: { upstream: 1, downstream: 0 } });
  });

  it.each([
    ["both", 2, 2], ["downstream", 2, 4], ["upstream", 3, 1], ["both", 1, 25],
  ] as const)("accounts for every interface of every shown system (%s, depth %i, breadth %i)", async (direction, depth, breadth) => {
    const { body } = await topology(`focus=${g.tag}-h&direction=${direction}&depth=${depth}&breadth=${breadth}`);
    expect(body.focus).toBe(g.id.h);
    for (const node of body.nodes.filter((n: any) => n.type === "system")) {
      const name = g.name[node.id];
      const incident = g.edges.filter((e) => e.provider === name || e.consumer === name).length;
      const drawn = body.edges.filter((e: any) => e.type === "interface" && (e.source === node.id || e.target === node.id)).length;
      const behindMore = sum(body.nodes.filter((n: any) => n.type === "more" && n.systemId === node.id), "interfaces");
      expect(drawn + behindMore + node.hidden.upstream + node.hidden.downstream, name).toBe(incident);
    }
    for (const more of body.nodes.filter((n: any) => n.type === "more")) {
      const hiddenEdges = g.edges.filter((e) =>
        more.direction === "downstream" ? g.id[e.provider] === more.systemId : g.id[e.consumer] === more.systemId,
      ).filter((e) => !body.nodes.some((n: any) => n.id === g.id[more.direction === "downstream" ? e.consumer : e.provider]));
      expect(more.interfaces).toBe(hiddenEdges.length);
      expect(more.systems).toBe(new Set(hiddenEdges.map((e) => (more.direction === "downstream" ? e.consumer : e.provider))).size);
    }
  });

  it("refuses focus with groupBy (400), an unknown focus (404); a viewer may look", async () => {
    expect((await topology(`focus=${g.id.h}&groupBy=team`)).status).toBe(400);
    expect((await topology("focus=no-such-system")).status).toBe(404);
    expect((await topology("breadth=0")).status).toBe(400);
    const viewer = await as("VIEWER");
    expect((await viewer.get(`/api/v1/topology?focus=${g.id.h}`)).status).toBe(200);
  });
});
