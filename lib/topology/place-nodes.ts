// Where each node goes: a saved position wins (manual placement is shared), the automatic
// layout fills in the rest, and lanes become background nodes behind their systems.
import type { LayoutInput, LayoutResult } from "@/lib/topology/layout/layout-types";
import type { LaneFlowNode, MapEdge, MapNode } from "./to-flow";
import type { TLanes } from "./view-state";

export type LaneLabels = { layer: (value: string) => string; team: (id: string | null) => string };
export type Position = { x: number; y: number };

const NO_TEAM = "none";

function laneOf(node: MapNode, lanes: TLanes | null, byId: Map<string, MapNode>): string | null {
  if (!lanes) return null;
  // A "+N more" node sits in the lane of the system whose neighbours it stands for.
  const system = node.type === "more" ? byId.get(node.data.more.systemId) : node;
  if (system?.type !== "system") return null;
  return lanes === "layer" ? system.data.system.layer : (system.data.system.teamId ?? NO_TEAM);
}

const LAYER_ORDER = ["PRESENTATION", "BUSINESS", "DATA", "INFRASTRUCTURE"];

/** What the layout worker is asked: every node with its size, every edge, lanes when chosen. */
export function toLayoutInput(nodes: MapNode[], edges: MapEdge[], lanes: TLanes | null, labels: LaneLabels): LayoutInput {
  const laid = nodes.filter((n) => n.type !== "lane");
  const byId = new Map(laid.map((n) => [n.id, n]));
  const input: LayoutInput = {
    nodes: laid.map((n) => ({ id: n.id, width: n.width ?? 200, height: n.height ?? 60, group: laneOf(n, lanes, byId) })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
  if (lanes) {
    const values = [...new Set(input.nodes.flatMap((n) => (n.group ? [n.group] : [])))];
    const label = (v: string) => (lanes === "layer" ? labels.layer(v) : labels.team(v === NO_TEAM ? null : v));
    if (lanes === "layer") values.sort((a, b) => LAYER_ORDER.indexOf(a) - LAYER_ORDER.indexOf(b));
    else values.sort((a, b) => (a === NO_TEAM ? 1 : b === NO_TEAM ? -1 : label(a).localeCompare(label(b))));
    input.groups = values.map((v) => ({ id: v, label: label(v) }));
  }
  return input;
}

/**
 * Positioned nodes. With lanes, saved positions are ignored: a lane's rectangle only holds the
 * systems the layout put in it.
 */
export function placeNodes(options: {
  nodes: MapNode[];
  layout: LayoutResult;
  saved: Map<string, Position>;
  lanes: TLanes | null;
  input: LayoutInput;
}): MapNode[] {
  const { nodes, layout, saved, lanes, input } = options;
  const placed = nodes
    .filter((n) => n.type !== "lane")
    .map((n) => {
      const position = (!lanes && saved.get(n.id)) || layout.positions[n.id] || n.position;
      return { ...n, position } as MapNode;
    });
  if (!lanes) return placed;
  const counts = new Map<string, number>();
  for (const n of input.nodes) if (n.group) counts.set(n.group, (counts.get(n.group) ?? 0) + 1);
  const labels = new Map((input.groups ?? []).map((g) => [g.id, g.label]));
  const laneNodes: LaneFlowNode[] = layout.groups.map((g) => ({
    id: `lane:${g.id}`, type: "lane", position: { x: g.x, y: g.y }, width: g.width, height: g.height,
    draggable: false, selectable: false, connectable: false, focusable: false, zIndex: -1,
    data: { label: labels.get(g.id) ?? "", count: counts.get(g.id) ?? 0 },
  }));
  return [...laneNodes, ...placed];
}

/** Saved positions of a response's system nodes (a saved view's own layout overrides them). */
export function savedPositions(
  nodes: { type: string; id: string; position?: Position | null }[],
  override?: { systemId: string; x: number; y: number }[] | null,
): Map<string, Position> {
  const map = new Map<string, Position>();
  for (const n of nodes) if (n.type === "system" && n.position) map.set(n.id, n.position);
  for (const p of override ?? []) map.set(p.systemId, { x: p.x, y: p.y });
  return map;
}
