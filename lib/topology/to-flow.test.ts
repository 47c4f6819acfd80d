import { describe, expect, it } from "vitest";
import type { TTopology } from "@/lib/schemas/topology";
import { countDrawnInterfaces, EDGE_LABEL_LIMIT, toFlowEdges, toFlowNodes, type InterfaceFlowEdge, type SystemFlowNode } from "./to-flow";

const system = (id: string, teamId: string | null = null) => ({
  type: "system" as const, id, key: `k-${id}`, name: `N ${id}`, kind: "DATABASE" as const, layer: "DATA" as const,
  tier: 1, lifecycle: "ACTIVE" as const, teamId, position: null,
});
const iface = (id: string, source: string, target: string, viaSystemId: string | null = null) => ({
  type: "interface" as const, id, key: id, name: id, source, target, viaSystemId, style: "EVENT_STREAM" as const, mode: "ASYNC" as const, endpoint: "orders.v1",
});
const base = { view: "systems" as const, groupBy: null, focus: null, collapsed: false, truncated: false, omitted: { pairs: 0, interfaces: 0 }, version: "1", layout: null, labels: { domain: [], grouping: [] } };

describe("topology response → React Flow elements", () => {
  it("maps systems with their team's name and interfaces with their broker's name", () => {
    const t: TTopology = {
      ...base, totals: { systems: 3, interfaces: 1 }, teams: [{ id: "t1", key: "pay", name: "Payments" }],
      nodes: [system("a", "t1"), system("b"), system("kafka")], edges: [iface("e1", "a", "b", "kafka")],
    };
    const [a, b] = toFlowNodes(t) as SystemFlowNode[];
    expect(a).toMatchObject({ id: "a", type: "system", data: { teamName: "Payments", emphasis: null } });
    expect(b.data.teamName).toBeNull();
    const [e] = toFlowEdges(t) as InterfaceFlowEdge[];
    expect(e).toMatchObject({ source: "a", target: "b", data: { viaName: "N kafka", showLabel: true } });
    expect(e.markerEnd).toBeTruthy();
  });

  it("counts every interface of a grouped view on its edges, and drops labels on big maps", () => {
    const t: TTopology = {
      ...base, view: "groups", groupBy: "layer", collapsed: true, teams: [], totals: { systems: 5000, interfaces: 9 },
      nodes: [
        { type: "group", id: "layer:DATA", groupBy: "layer", value: "DATA", label: "DATA", systems: 10, internalInterfaces: 2, omitted: { outgoing: 0, incoming: 0 } },
        { type: "group", id: "layer:BUSINESS", groupBy: "layer", value: "BUSINESS", label: "BUSINESS", systems: 10, internalInterfaces: 0, omitted: { outgoing: 0, incoming: 0 } },
      ],
      edges: [
        { type: "aggregate", id: "g1", source: "layer:DATA", target: "layer:BUSINESS", interfaces: 4, styles: { REST: 4 } },
        { type: "aggregate", id: "g2", source: "layer:BUSINESS", target: "layer:DATA", interfaces: 3, styles: { WEBHOOK: 3 } },
      ],
    };
    expect(toFlowNodes(t).map((n) => n.type)).toEqual(["cluster", "cluster"]);
    expect(countDrawnInterfaces(toFlowEdges(t))).toBe(7);

    const many: TTopology = {
      ...base, teams: [], totals: { systems: 2, interfaces: EDGE_LABEL_LIMIT + 1 }, nodes: [system("a"), system("b")],
      edges: Array.from({ length: EDGE_LABEL_LIMIT + 1 }, (_, i) => iface(`e${i}`, "a", "b")),
    };
    const edges = toFlowEdges(many) as InterfaceFlowEdge[];
    expect(edges.every((e) => e.data?.showLabel === false)).toBe(true);
    expect(countDrawnInterfaces(edges)).toBe(EDGE_LABEL_LIMIT + 1);
  });
});
