import { describe, expect, it } from "vitest";
import type { TTopology } from "@/lib/schemas/topology";
import { emphasizeEdges, emphasizeNodes } from "./emphasis";
import { toFlowEdges, toFlowNodes, type SystemFlowNode, type InterfaceFlowEdge } from "./to-flow";

const system = (id: string) => ({
  type: "system" as const, id, key: id, name: id.toUpperCase(), kind: "OTHER" as const, layer: "BUSINESS" as const,
  tier: 2, lifecycle: "ACTIVE" as const, teamId: null, position: null,
});
const edge = (id: string, source: string, target: string) => ({
  type: "interface" as const, id, key: id, name: id, source, target, viaSystemId: null, style: "REST" as const, mode: "SYNC" as const, endpoint: null,
});
const topology: TTopology = {
  view: "systems", groupBy: null, focus: null, collapsed: false, truncated: false, omitted: { pairs: 0, interfaces: 0 }, version: "1", layout: null, labels: { domain: [], grouping: [] }, teams: [],
  totals: { systems: 4, interfaces: 3 },
  nodes: [system("a"), system("b"), system("c"), system("d")],
  edges: [edge("ab", "a", "b"), edge("bc", "b", "c"), edge("dc", "d", "c")],
};

describe("impact emphasis on the map", () => {
  const nodes = toFlowNodes(topology);
  const edges = toFlowEdges(topology);
  const reach = { rootId: "a", systems: new Map([["b", 1], ["c", 2]]), interfaces: new Map([["ab", 1], ["bc", 2]]) };

  it("marks the root, what it reaches with its distance, and dims the rest", () => {
    const out = emphasizeNodes(nodes, reach) as SystemFlowNode[];
    expect(out.map((n) => [n.id, n.data.emphasis, n.data.distance])).toEqual([
      ["a", "root", undefined], ["b", "reached", 1], ["c", "reached", 2], ["d", "dim", undefined],
    ]);
    const outEdges = emphasizeEdges(edges, reach) as InterfaceFlowEdge[];
    expect(outEdges.map((e) => [e.id, e.data?.emphasis])).toEqual([["ab", "reached"], ["bc", "reached"], ["dc", "dim"]]);
  });

  it("clears emphasis and keeps untouched elements identical (no needless re-render)", () => {
    const lit = emphasizeNodes(nodes, reach);
    const cleared = emphasizeNodes(lit, null) as SystemFlowNode[];
    expect(cleared.every((n) => n.data.emphasis === null)).toBe(true);
    expect(emphasizeNodes(nodes, null)[0]).toBe(nodes[0]);
  });
});
