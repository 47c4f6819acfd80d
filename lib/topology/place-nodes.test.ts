import { describe, expect, it } from "vitest";
import type { TTopology } from "@/lib/schemas/topology";
import { computeLayout } from "./layout/compute-layout";
import { placeNodes, savedPositions, toLayoutInput } from "./place-nodes";
import { toFlowEdges, toFlowNodes } from "./to-flow";

const system = (id: string, layer: "DATA" | "BUSINESS", position: { x: number; y: number } | null = null) => ({
  type: "system" as const, id, key: id, name: id, kind: "OTHER" as const, layer, tier: 2, lifecycle: "ACTIVE" as const,
  teamId: null, position,
});
const topology: TTopology = {
  view: "focus", groupBy: null, focus: "a", collapsed: false, truncated: true, omitted: { pairs: 0, interfaces: 0 }, version: "1", layout: null, labels: { domain: [], grouping: [] }, teams: [], totals: { systems: 9, interfaces: 9 },
  nodes: [
    system("a", "BUSINESS", { x: 1000, y: 2000 }), system("b", "DATA"),
    { type: "more", id: "more:b:downstream", systemId: "b", direction: "downstream", systems: 7, interfaces: 7 },
  ],
  edges: [
    { type: "interface", id: "ab", key: "ab", name: "ab", source: "a", target: "b", viaSystemId: null, style: "REST", mode: "SYNC", endpoint: null },
    { type: "more", id: "b>more", source: "b", target: "more:b:downstream", interfaces: 7 },
  ],
};
const labels = { layer: (v: string) => `Layer ${v}`, team: (id: string | null) => id ?? "No team" };

describe("placing nodes", () => {
  it("keeps saved positions and lays out the rest", async () => {
    const nodes = toFlowNodes(topology);
    const input = toLayoutInput(nodes, toFlowEdges(topology), null, labels);
    const layout = computeLayout(input);
    const placed = placeNodes({ nodes, layout, saved: savedPositions(topology.nodes), lanes: null, input });
    expect(placed.find((n) => n.id === "a")?.position).toEqual({ x: 1000, y: 2000 });
    expect(placed.find((n) => n.id === "b")?.position).toEqual(layout.positions.b);
  });

  it("draws lanes behind their systems, with a '+N more' node in its system's lane", async () => {
    const nodes = toFlowNodes(topology);
    const input = toLayoutInput(nodes, toFlowEdges(topology), "layer", labels);
    expect(input.groups).toEqual([{ id: "BUSINESS", label: "Layer BUSINESS" }, { id: "DATA", label: "Layer DATA" }]);
    expect(input.nodes.find((n) => n.id === "more:b:downstream")?.group).toBe("DATA");
    const layout = computeLayout(input);
    const placed = placeNodes({ nodes, layout, saved: savedPositions(topology.nodes), lanes: "layer", input });
    const lanes = placed.filter((n) => n.type === "lane");
    expect(lanes.map((l) => l.data)).toEqual([{ label: "Layer BUSINESS", count: 1 }, { label: "Layer DATA", count: 2 }]);
    // With lanes the layout decides: a saved position could fall outside its lane.
    expect(placed.find((n) => n.id === "a")?.position).toEqual(layout.positions.a);
  });
});
