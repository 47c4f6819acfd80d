import { describe, expect, it } from "vitest";
import { buildGraph } from "./build-graph";
import type { GraphSystem } from "./graph-types";
import { traverseImpact, type ImpactTraversal } from "./traverse-impact";

const system = (id: string, tier = 2): GraphSystem => ({
  id, key: id, name: id.toUpperCase(), kind: "BUSINESS_APP", layer: "BUSINESS", tier, lifecycle: "ACTIVE", teamId: null, technicalOwnerId: null, domain: null, grouping: null,
});
const edge = (id: string, p: string, c: string, via: string | null = null) => ({
  id, key: id, name: id, style: "REST" as const, mode: "SYNC" as const, endpoint: null, providerSystemId: p, consumerSystemId: c, viaSystemId: via,
});

// a→b→c→a (cycle), a→d, d→c (diamond with the cycle), x→y through broker k, and an orphan interface.
const graph = buildGraph({
  version: 7n,
  systems: ["a", "b", "c", "d", "x", "y", "k"].map((id) => system(id, id === "d" ? 0 : 2)),
  interfaces: [
    edge("ab", "a", "b"), edge("bc", "b", "c"), edge("ca", "c", "a"), edge("ad", "a", "d"), edge("dc", "d", "c"),
    edge("xy", "x", "y", "k"), edge("dangling", "a", "gone"),
  ],
});
const idx = (id: string) => graph.systemIndex.get(id)!;
const reached = (t: ImpactTraversal) =>
  Object.fromEntries(Array.from(t.reached, (s) => [graph.systems[s].id, t.distance[s]]));
const edgeIds = (t: ImpactTraversal) => Array.from(t.edges, (e) => graph.interfaces[e].id).sort();

describe("buildGraph", () => {
  it("indexes systems and interfaces, skips interfaces with unknown ends, ranks by tier then name", () => {
    expect(graph.interfaces.map((e) => e.id)).not.toContain("dangling");
    expect(graph.interfaceKeyIndex.get("xy")).toBe(graph.interfaceIndex.get("xy"));
    expect(graph.systems[graph.byRank[0]].id).toBe("d");
    for (let i = 0; i < graph.systems.length; i++) expect(graph.byRank[graph.rank[i]]).toBe(i);
  });
});

describe("traverseImpact", () => {
  it("walks downstream through cycles once, with shortest distances and a parent chain", () => {
    const t = traverseImpact({ graph, root: { system: idx("a") }, direction: "downstream" });
    expect(reached(t)).toEqual({ b: 1, d: 1, c: 2 });
    expect(edgeIds(t)).toEqual(["ab", "ad", "bc", "ca", "dc"]);
    expect(graph.systems[t.parentSystem[idx("c")]].id).toMatch(/^[bd]$/);
  });

  it("walks upstream on reversed arcs and stops at the depth limit", () => {
    const t = traverseImpact({ graph, root: { system: idx("c") }, direction: "upstream", depth: 1 });
    expect(reached(t)).toEqual({ b: 1, d: 1 });
    expect(edgeIds(t)).toEqual(["bc", "dc"]);
  });

  it("treats a broker as a provider of what passes through it", () => {
    expect(reached(traverseImpact({ graph, root: { system: idx("k") }, direction: "downstream" }))).toEqual({ y: 1 });
    expect(reached(traverseImpact({ graph, root: { system: idx("y") }, direction: "upstream" }))).toEqual({ x: 1, k: 1 });
  });

  it("starts an interface's impact at its far ends, at distance 1, without listing the interface itself", () => {
    const ab = graph.interfaceIndex.get("ab")!;
    const down = traverseImpact({ graph, root: { interface: ab }, direction: "downstream" });
    expect(reached(down)).toEqual({ b: 1, c: 2, a: 3, d: 4 });
    expect(edgeIds(down)).not.toContain("ab");
    const up = traverseImpact({ graph, root: { interface: graph.interfaceIndex.get("xy")! }, direction: "upstream" });
    expect(reached(up)).toEqual({ x: 1, k: 1 });
  });
});
