// The at-risk set over HTTP on crafted graphs (brokers, cycles, diamonds) and on random ones,
// checked against a plain multi-source breadth-first search written here. Each graph is its own
// island of new systems, so causes elsewhere in the database cannot reach it: answers are
// compared on this graph's records only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";
import { buildGraph, type Built, type Edge, type Spec } from "./helpers/graph";
import { report } from "./helpers/health";
import { createRng } from "@/lib/prng";

let eng: ApiClient;
let viewer: ApiClient;

type Causes = { systems: string[]; interfaces: string[] };

/** name → distance from the nearest cause, and at-risk interface id → hop, by a plain BFS. */
function reference(edges: Edge[], causes: Causes) {
  const arcs = edges.flatMap((e) => [{ from: e.provider, to: e.consumer, edge: e }, ...(e.via ? [{ from: e.via, to: e.consumer, edge: e }] : [])]);
  const distance = new Map<string, number>(causes.systems.map((s) => [s, 0]));
  const queue = [...causes.systems];
  for (const id of causes.interfaces) {
    const e = edges.find((x) => x.id === id)!;
    if (!distance.has(e.consumer)) {
      distance.set(e.consumer, 1);
      queue.push(e.consumer);
    }
  }
  const interfaces = new Map<string, number>();
  while (queue.length) {
    const u = queue.shift()!;
    for (const a of arcs.filter((x) => x.from === u)) {
      if (!causes.interfaces.includes(a.edge.id) && !interfaces.has(a.edge.id)) interfaces.set(a.edge.id, distance.get(u)! + 1);
      if (!distance.has(a.to)) {
        distance.set(a.to, distance.get(u)! + 1);
        queue.push(a.to);
      }
    }
  }
  for (const s of causes.systems) distance.delete(s);
  return { systems: distance, interfaces };
}

async function markDown(g: Built, causes: Causes, status: "DOWN" | "DEGRADED" | "UP" = "DOWN") {
  await report(
    ...causes.systems.map((n) => ({ subjectId: g.id[n], subjectType: "SYSTEM" as const, status })),
    ...causes.interfaces.map((id) => ({ subjectId: id, subjectType: "INTERFACE" as const, status })),
  );
}

/** The server's answer restricted to this graph, checked for paths, against the reference. */
async function expectMatches(g: Built, causes: Causes) {
  const res = await viewer.get("/api/v1/health/at-risk?limit=5000");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const mine = res.body.systems.filter((s: { id: string }) => g.name[s.id]);
  const want = reference(g.edges, causes);
  expect(new Map(mine.map((s: { id: string; distance: number }) => [g.name[s.id], s.distance]))).toEqual(want.systems);
  const edgeIds = new Set(g.edges.map((e) => e.id));
  const gotIfaces = res.body.interfaces.filter((i: { id: string }) => edgeIds.has(i.id));
  expect(new Map(gotIfaces.map((i: { id: string; distance: number }) => [i.id, i.distance]))).toEqual(want.interfaces);
  const causeIds = new Set([...causes.systems.map((n) => g.id[n]), ...causes.interfaces]);
  for (const s of mine) {
    // The path is a real chain from its cause, as long as the distance.
    expect(s.path).toHaveLength(s.distance);
    expect(causeIds.has(s.cause.id)).toBe(true);
    const first = g.edges.find((e) => e.id === s.path[0].interfaceId)!;
    if (s.cause.type === "SYSTEM") expect([first.provider, first.via]).toContain(g.name[s.cause.id]);
    else expect(first.id).toBe(s.cause.id);
    let at = s.cause.type === "SYSTEM" ? g.name[s.cause.id] : first.provider;
    for (const step of s.path) {
      const e = g.edges.find((x) => x.id === step.interfaceId)!;
      if (!(s.cause.type === "INTERFACE" && step === s.path[0])) expect([e.provider, e.via]).toContain(at);
      expect(g.name[step.systemId]).toBe(e.consumer);
      at = e.consumer;
    }
    expect(at).toBe(g.name[s.id]);
  }
  return res.body;
}

beforeAll(async () => {
  [eng, viewer] = await Promise.all([as("ENGINEER"), as("VIEWER")]);
});
afterAll(closeDb);

describe("GET /api/v1/health/at-risk", () => {
  // a→b, a→c, b→d, c→d (diamond); d→e→b (cycle); c→i through broker k, i→j; k→x (k also provides).
  const SPEC: Spec = {
    systems: ["a", "b", "c", "d", "e", "i", "j", "k", "x", "lone"],
    interfaces: [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["d", "e"], ["e", "b"], ["c", "i", "k"], ["i", "j"], ["k", "x"]],
    fields: { d: { tier: 0 }, e: { tier: 1 }, j: { tier: 3 } },
  };

  it("puts everything downstream of a DOWN system at risk, through cycles and diamonds, with impact by tier", async () => {
    const g = await buildGraph(eng, SPEC);
    const causes = { systems: ["a"], interfaces: [] };
    await markDown(g, causes);
    const body = await expectMatches(g, causes);
    const cause = body.causes.find((c: { id: string }) => c.id === g.id.a);
    expect(cause).toMatchObject({ type: "SYSTEM", state: "DOWN", atRisk: 6 });
    expect(body.weights).toEqual([8, 4, 2, 1]);
    // b, c, i (tier 2) + d (0) + e (1) + j (3) — over this graph only, by the published weights.
    const mine = body.systems.filter((s: { id: string }) => g.name[s.id]);
    expect(mine.reduce((sum: number, s: { tier: number }) => sum + body.weights[s.tier], 0)).toBe(3 * 2 + 8 + 4 + 1);
  });

  it("puts what passes through a DOWN broker at risk, and a DOWN interface's consumer onwards", async () => {
    const g = await buildGraph(eng, SPEC);
    const ci = g.edges.find((e) => e.provider === "c" && e.consumer === "i")!;
    await expectMatches(g, { systems: [], interfaces: [] });
    const broker = { systems: ["k"], interfaces: [] };
    await markDown(g, broker);
    const body = await expectMatches(g, broker);
    expect(body.interfaces.map((i: { id: string }) => i.id)).toContain(ci.id);
    await markDown(g, broker, "UP");
    const viaInterface = { systems: [], interfaces: [g.edges.find((e) => e.provider === "b")!.id] };
    await markDown(g, viaInterface);
    const answer = await expectMatches(g, viaInterface);
    expect(answer.systems.find((s: { id: string }) => s.id === g.id.d).path).toHaveLength(1);
  });

  it("clears the risk on recovery, and shows it on the map and the record", async () => {
    const g = await buildGraph(eng, SPEC);
    await markDown(g, { systems: ["d"], interfaces: [] }, "DEGRADED");
    const map = (await viewer.get("/api/v1/health/map")).body;
    expect(map.systems.find((s: { id: string }) => s.id === g.id.d)).toEqual({ id: g.id.d, state: "DEGRADED", atRisk: false });
    expect(map.systems.find((s: { id: string }) => s.id === g.id.e)).toEqual({ id: g.id.e, state: null, atRisk: true });
    const e = (await viewer.get(`/api/v1/health/systems/${g.id.e}`)).body;
    expect(e.atRisk).toMatchObject({ distance: 1, cause: { id: g.id.d, state: "DEGRADED" } });
    await markDown(g, { systems: ["d"], interfaces: [] }, "UP");
    const after = (await viewer.get("/api/v1/health/map")).body;
    expect(after.systems.find((s: { id: string }) => s.id === g.id.e)).toBeUndefined();
    expect((await viewer.get(`/api/v1/health/systems/${g.id.e}`)).body.atRisk).toBeNull();
  });

  it("names the causes' team and the at-risk systems' teams to call", async () => {
    const team = await eng.post("/api/v1/teams", { key: uniqueKey("risk-team"), name: "Risk team", onCall: "pagerduty:risk" });
    const g = await buildGraph(eng, { systems: ["p", "q"], interfaces: [["p", "q"]], fields: { q: { teamId: team.body.id } } });
    await markDown(g, { systems: ["p"], interfaces: [] });
    const body = (await viewer.get("/api/v1/health/at-risk?limit=5000")).body;
    expect(body.teams.find((t: { id: string }) => t.id === team.body.id)).toMatchObject({ onCall: "pagerduty:risk", systems: 1, nearestDistance: 1 });
    expect(body.systems.find((s: { id: string }) => s.id === g.id.q).team.id).toBe(team.body.id);
  });

  it("agrees with the reference on random graphs with random causes", async () => {
    const rng = createRng(20261204);
    const random = rng.next;
    for (let round = 0; round < 3; round++) {
      const systems = Array.from({ length: 14 }, (_, i) => `r${i}`);
      const interfaces: Spec["interfaces"] = [];
      for (let i = 0; i < 22; i++) {
        const p = systems[Math.floor(random() * systems.length)];
        const c = systems[Math.floor(random() * systems.length)];
        if (p === c) continue;
        const via = random() < 0.2 ? systems[Math.floor(random() * systems.length)] : null;
        interfaces.push(via && via !== p && via !== c ? [p, c, via] : [p, c]);
      }
      const g = await buildGraph(eng, { systems, interfaces });
      const causes = {
        systems: systems.filter(() => random() < 0.12),
        interfaces: g.edges.filter(() => random() < 0.1).map((e) => e.id),
      };
      await markDown(g, causes, random() < 0.5 ? "DOWN" : "DEGRADED");
      await expectMatches(g, causes);
    }
  });
});
