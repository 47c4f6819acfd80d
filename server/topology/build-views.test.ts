import { describe, expect, it } from "vitest";
import { buildGraph } from "@/server/graph/build-graph";
import type { GraphSystem } from "@/server/graph/graph-types";
import { selectEstate } from "./select-estate";
import { buildGroupView } from "./build-group-view";
import { buildFocusView } from "./build-focus-view";

const system = (id: string, teamId: string | null, tier = 2): GraphSystem => ({
  id, key: id, name: id, kind: "BUSINESS_APP", layer: "BUSINESS", tier, lifecycle: "ACTIVE", teamId, technicalOwnerId: null, domain: null, grouping: null,
});
let n = 0;
const edge = (p: string, c: string, style: "REST" | "GRPC" = "REST", via: string | null = null) => ({
  id: `e${++n}`, key: `e${n}`, name: `${p}-${c}`, style, mode: "SYNC" as const, endpoint: null, providerSystemId: p, consumerSystemId: c, viaSystemId: via,
});

// hub h feeds c1…c6 (two interfaces to c1); each ci feeds di; u feeds h; broker k carries h→c2.
const systems = [
  system("h", "t1"), system("u", "t1"), system("k", null),
  ...[1, 2, 3, 4, 5, 6].flatMap((i) => [system(`c${i}`, "t2", i === 6 ? 0 : 2), system(`d${i}`, i % 2 ? "t1" : null)]),
];
const interfaces = [
  edge("u", "h"), edge("h", "c1"), edge("h", "c1", "GRPC"), edge("h", "c2", "REST", "k"),
  ...[3, 4, 5, 6].map((i) => edge("h", `c${i}`)),
  ...[1, 2, 3, 4, 5, 6].map((i) => edge(`c${i}`, `d${i}`, "GRPC")),
];
const graph = buildGraph({ version: 1n, systems, interfaces });
const all = selectEstate({ graph, filters: {} });

describe("buildGroupView", () => {
  it("above the edge cap keeps the largest pairs and counts the rest on their groups", () => {
    const full = buildGroupView({ graph, estate: all, groupBy: "team" });
    const capped = buildGroupView({ graph, estate: all, groupBy: "team", maxEdges: 1 });
    const largest = [...full.edges].sort((a, b) => b.interfaces - a.interfaces)[0];
    expect(capped.edges).toEqual([largest]);
    const dropped = full.edges.filter((e) => e.id !== largest.id);
    expect(capped.omitted).toEqual({ pairs: dropped.length, interfaces: dropped.reduce((s, e) => s + e.interfaces, 0) });
    for (const node of capped.nodes) {
      expect(node.omitted.outgoing).toBe(dropped.filter((e) => e.source === node.id).reduce((s, e) => s + e.interfaces, 0));
      expect(node.omitted.incoming).toBe(dropped.filter((e) => e.target === node.id).reduce((s, e) => s + e.interfaces, 0));
    }
    // Still every interface accounted for: drawn, inside a group, or omitted.
    const counted = capped.edges.reduce((s, e) => s + e.interfaces, 0) + capped.nodes.reduce((s, g) => s + g.internalInterfaces, 0) + capped.omitted.interfaces;
    expect(counted).toBe(interfaces.length);
    expect(full.omitted).toEqual({ pairs: 0, interfaces: 0 });
  });

  it("puts every interface of the estate in exactly one count", () => {
    const view = buildGroupView({ graph, estate: all, groupBy: "team" });
    const byId = Object.fromEntries(view.nodes.map((g) => [g.id, g]));
    expect(byId["team:t1"]).toMatchObject({ systems: 5, internalInterfaces: 1 });
    expect(byId["team:none"]).toMatchObject({ value: null, systems: 4, internalInterfaces: 0 });
    const t1t2 = view.edges.find((e) => e.id === "team:t1>team:t2");
    expect(t1t2).toMatchObject({ interfaces: 7, styles: { REST: 6, GRPC: 1 } });
    const counted = view.edges.reduce((s, e) => s + e.interfaces, 0) + view.nodes.reduce((s, g) => s + g.internalInterfaces, 0);
    expect(counted).toBe(interfaces.length);
  });

  it("counts only interfaces whose ends and style pass the filters", () => {
    const estate = selectEstate({ graph, filters: { teamId: ["t2", "t1"], style: ["GRPC"] } });
    const view = buildGroupView({ graph, estate, groupBy: "layer" });
    expect(estate.interfaceCount).toBe(4); // h→c1 (gRPC), c1→d1, c3→d3, c5→d5
    expect(view.nodes).toEqual([expect.objectContaining({ id: "layer:BUSINESS", systems: 11, internalInterfaces: 4 })]);
  });
});

describe("buildFocusView", () => {
  const focus = (opts: { direction: "downstream" | "upstream" | "both"; depth: number; breadth: number; maxNodes?: number }) =>
    buildFocusView({ graph, estate: all, focus: graph.systemIndex.get("h")!, maxNodes: 1000, ...opts });

  it("caps neighbours per system and stands the rest behind a \"+N more\" node with their counts", () => {
    const view = focus({ direction: "downstream", depth: 1, breadth: 3 });
    // c6 is tier 0, so it comes first; then c1, c2 by name.
    expect(view.nodes.filter((x) => x.type === "system").map((x) => x.id)).toEqual(["h", "c6", "c1", "c2"]);
    expect(view.nodes.find((x) => x.type === "more")).toMatchObject({ id: "more:h:downstream", systemId: "h", systems: 3, interfaces: 3 });
    expect(view.edges.filter((e) => e.type === "interface")).toHaveLength(4); // h→c1 twice, h→c2, h→c6
    expect(view.edges.find((e) => e.type === "more")).toMatchObject({ source: "h", target: "more:h:downstream", interfaces: 3 });
    expect(view.nodes.find((x) => x.id === "h")).toMatchObject({ distance: 0, hidden: { upstream: 1, downstream: 0 } });
    expect(view.nodes.find((x) => x.id === "c1")).toMatchObject({ distance: 1, hidden: { upstream: 0, downstream: 1 } });
    expect(view.truncated).toBe(true);
  });

  it("walks both ways to the depth, and stops growing at maxNodes with markers for the rest", () => {
    const both = focus({ direction: "both", depth: 2, breadth: 10 });
    expect(both.nodes.map((x) => x.id).sort()).toEqual(["c1", "c2", "c3", "c4", "c5", "c6", "d1", "d2", "d3", "d4", "d5", "d6", "h", "u"]);
    expect(both.truncated).toBe(false);
    const capped = focus({ direction: "downstream", depth: 2, breadth: 10, maxNodes: 4 });
    expect(capped.nodes.filter((x) => x.type === "system")).toHaveLength(4);
    expect(capped.nodes.find((x) => x.type === "more")).toMatchObject({ systemId: "h", systems: 3, interfaces: 3 });
  });
});
