import { api } from "@/lib/api-client";
import type { MapNode } from "@/lib/topology/to-flow";

export type SavedPosition = { systemId: string; x: number; y: number };

const BATCH = 2000; // the API's limit per request

/** PUT /topology/positions for system nodes (placeholders and groups have no stored position). */
export async function savePositions(positions: SavedPosition[]): Promise<void> {
  for (let i = 0; i < positions.length; i += BATCH) {
    await api("/topology/positions", { method: "PUT", body: { positions: positions.slice(i, i + BATCH) } });
  }
}

/** Exactly where they are on screen (stored as floats), so a reload puts them back to the pixel. */
export function positionsOf(nodes: MapNode[]): SavedPosition[] {
  return nodes.flatMap((n) => (n.type === "system" ? [{ systemId: n.id, x: n.position.x, y: n.position.y }] : []));
}
