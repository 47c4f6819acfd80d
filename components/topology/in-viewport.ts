import type { ReactFlowInstance } from "@xyflow/react";
import type { MapEdge, MapNode } from "@/lib/topology/to-flow";

/** Ids of the drawn nodes at least partly on screen. */
export function inViewport(flow: ReactFlowInstance<MapNode, MapEdge>, nodes: MapNode[]): string[] {
  const pane = document.querySelector("[data-testid=map-canvas]")?.getBoundingClientRect();
  if (!pane) return [];
  const { x, y, zoom } = flow.getViewport();
  const left = -x / zoom, top = -y / zoom, right = left + pane.width / zoom, bottom = top + pane.height / zoom;
  return nodes.filter((n) => n.type !== "lane" && n.position.x < right && n.position.x + (n.width ?? 0) > left
    && n.position.y < bottom && n.position.y + (n.height ?? 0) > top).map((n) => n.id);
}
