// From one GET /api/v1/topology response to React Flow's nodes and edges (without positions:
// place-nodes.ts decides those). Pure, so the mapping is unit-tested without a browser.
import type { Edge, EdgeMarker, MarkerType, Node } from "@xyflow/react";
import type { TTopology, TTopologyEdge, TTopologyNode } from "@/lib/schemas/topology";

type SystemData = Extract<TTopologyNode, { type: "system" }>;
type GroupData = Extract<TTopologyNode, { type: "group" }>;
type MoreData = Extract<TTopologyNode, { type: "more" }>;

/** Highlight state of an element: part of an impact, dimmed outside it, or the search hit. */
export type Emphasis = "root" | "reached" | "dim" | null;

export type SystemNodeData = { system: SystemData; teamName: string | null; emphasis: Emphasis; distance?: number };
export type ClusterNodeData = { group: GroupData };
export type MoreNodeData = { more: MoreData };
export type LaneNodeData = { label: string; count: number };

export type SystemFlowNode = Node<SystemNodeData, "system">;
export type ClusterFlowNode = Node<ClusterNodeData, "cluster">;
export type MoreFlowNode = Node<MoreNodeData, "more">;
export type LaneFlowNode = Node<LaneNodeData, "lane">;
export type MapNode = SystemFlowNode | ClusterFlowNode | MoreFlowNode | LaneFlowNode;

type InterfaceData = Extract<TTopologyEdge, { type: "interface" }>;
export type InterfaceEdgeData = { item: InterfaceData; viaName: string | null; emphasis: Emphasis; showLabel: boolean };
export type AggregateEdgeData = { interfaces: number; styles: Partial<Record<string, number>> };
export type MoreEdgeData = { interfaces: number };
export type InterfaceFlowEdge = Edge<InterfaceEdgeData, "interface">;
export type AggregateFlowEdge = Edge<AggregateEdgeData, "aggregate">;
export type MoreFlowEdge = Edge<MoreEdgeData, "more">;
export type MapEdge = InterfaceFlowEdge | AggregateFlowEdge | MoreFlowEdge;

/** Box sizes the layout reserves and the node components draw. */
export const NODE_SIZE = {
  system: { width: 220, height: 64 },
  cluster: { width: 240, height: 96 },
  more: { width: 170, height: 44 },
} as const;

/** Labels on every edge stop being readable (and cheap) beyond this many edges. */
export const EDGE_LABEL_LIMIT = 150;

const ORIGIN = { x: 0, y: 0 };
// MarkerType.ArrowClosed's value: the enum itself is runtime code from the React package. Sized
// in pixels, not stroke widths, so thick aggregated or highlighted edges keep small arrowheads.
const ARROW: EdgeMarker = { type: "arrowclosed" as MarkerType, width: 14, height: 14, markerUnits: "userSpaceOnUse" };

export function toFlowNodes(topology: TTopology): MapNode[] {
  const teamNames = new Map(topology.teams.map((t) => [t.id, t.name]));
  return topology.nodes.map((n): MapNode => {
    if (n.type === "system") {
      return {
        id: n.id, type: "system", position: ORIGIN, ...NODE_SIZE.system,
        data: { system: n, teamName: n.teamId ? (teamNames.get(n.teamId) ?? null) : null, emphasis: null, distance: n.distance },
      };
    }
    if (n.type === "group") {
      return { id: n.id, type: "cluster", position: ORIGIN, ...NODE_SIZE.cluster, connectable: false, data: { group: n } };
    }
    return { id: n.id, type: "more", position: ORIGIN, ...NODE_SIZE.more, connectable: false, draggable: false, data: { more: n } };
  });
}

export function toFlowEdges(topology: TTopology): MapEdge[] {
  const names = new Map(topology.nodes.flatMap((n) => (n.type === "system" ? [[n.id, n.name] as const] : [])));
  const showLabel = topology.edges.length <= EDGE_LABEL_LIMIT;
  return topology.edges.map((e): MapEdge => {
    if (e.type === "interface") {
      const viaName = e.viaSystemId ? (names.get(e.viaSystemId) ?? e.viaSystemId) : null;
      return { id: e.id, type: "interface", source: e.source, target: e.target, markerEnd: ARROW, data: { item: e, viaName, emphasis: null, showLabel } };
    }
    if (e.type === "aggregate") {
      return { id: e.id, type: "aggregate", source: e.source, target: e.target, markerEnd: ARROW, selectable: false, data: { interfaces: e.interfaces, styles: e.styles } };
    }
    return { id: e.id, type: "more", source: e.source, target: e.target, markerEnd: ARROW, selectable: false, data: { interfaces: e.interfaces } };
  });
}

/** Every interface of the response is drawn or counted on an edge; this is the count. */
export function countDrawnInterfaces(edges: MapEdge[]): number {
  return edges.reduce((n, e) => n + (e.type === "interface" ? 1 : ((e.data as MoreEdgeData | undefined)?.interfaces ?? 0)), 0);
}
