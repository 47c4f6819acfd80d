import { describe, expect, it } from "vitest";
import { buildGraph } from "@/server/graph/build-graph";
import type { GraphSystem } from "@/server/graph/graph-types";
import { traverseAtRisk } from "./traverse-at-risk";
import { atRiskPath } from "./at-risk-path";

const system = (id: string): GraphSystem => ({
  id, key: id, name: id, kind: "BUSINESS_APP", layer: "BUSINESS", tier: 2, lifecycle: "ACTIVE", teamId: null, technicalOwnerId: null, domain: null, grouping: null,
});
const edge = (id: string, p: string, c: string, via: string | null = null) => ({
  id, key: id, name: id, style: "REST" as const, mode: "SYNC" as const, endpoint: null, providerSystemId: p, consumerSystemId: c, viaSystemId: via,
});

// a→b→c→a (cycle), a→d→c (diamond), x→y through broker k, y→z.
const graph = buildGraph({
  version: 1n,
  systems: ["a", "b", "c", "d", "x", "y", "z", "k"].map(system),
  interfaces: [edge("ab", "a", "b"), edge("bc", "b", "c"), edge("ca", "c", "a"), edge("ad", "a", "d"), edge("dc", "d", "c"), edge("xy", "x", "y", "k"), edge("yz", "y", "z")],
});
const s = (id: string) => graph.systemIndex.get(id)!;
const e = (id: string) => graph.interfaceIndex.get(id)!;
const reached = (t: ReturnType<typeof traverseAtRisk>) => Object.fromEntries(Array.from(t.reached, (v) => [graph.systems[v].id, t.distance[v]]));

describe("traverseAtRisk", () => {
  it("reaches everything downstream of several causes once, from the nearest, through a cycle", () => {
    const t = traverseAtRisk({ graph, systems: [s("a"), s("k")], interfaces: [] });
    expect(reached(t)).toEqual({ b: 1, d: 1, c: 2, y: 1, z: 2 });
    expect(graph.systems[[s("a"), s("k")][t.cause[s("z")]]].id).toBe("k");
    expect(Array.from(t.edges, (x) => graph.interfaces[x].id).sort()).toEqual(["ab", "ad", "bc", "ca", "dc", "xy", "yz"]);
  });

  it("starts a cause interface's risk at its consumer, with the interface as the path's first hop, and never lists a cause", () => {
    const t = traverseAtRisk({ graph, systems: [], interfaces: [e("xy")] });
    expect(reached(t)).toEqual({ y: 1, z: 2 });
    expect(atRiskPath({ graph, traversal: t, system: s("z") }).map((p) => p.interfaceId)).toEqual(["xy", "yz"]);
    expect(Array.from(t.edges, (x) => graph.interfaces[x].id)).toEqual(["yz"]);
  });

  it("does not list a cause system reached from another cause", () => {
    const t = traverseAtRisk({ graph, systems: [s("a"), s("c")], interfaces: [] });
    expect(reached(t)).toEqual({ b: 1, d: 1 });
    expect(t.distance[s("c")]).toBe(0);
  });
});
