// The plain (ungrouped) picture: each connected component laid out in its own columns, with the
// vertical positions of place-in-layers.ts, then the components packed in rows, biggest first, into a roughly
// landscape rectangle — the main estate top left, islands and lone systems after it.
import { columnStarts } from "./layer-columns";
import type { PreparedGraph } from "./prepare-graph";

/** Space between two packed components. */
export const COMPONENT_GAP = 80;
const ASPECT_RATIO = 16 / 9;

export type Placement = { x: Float64Array; y: Float64Array; width: number; height: number };

export type Block = { members: number[]; x: number[]; y: number[]; width: number; height: number };

/** Each component with its nodes at local coordinates, biggest component first. */
export function componentBlocks(graph: PreparedGraph, layer: Int32Array, inLayer: Float64Array, component: Int32Array): Block[] {
  const membersOf: number[][] = [];
  for (let v = 0; v < graph.ids.length; v++) (membersOf[component[v]] ??= []).push(v);
  const blocks = membersOf.map((members) => {
    const columns = columnStarts(members, layer, graph.width);
    const top = members.reduce((min, v) => Math.min(min, inLayer[v]), Infinity);
    const y = members.map((v) => inLayer[v] - top);
    const height = members.reduce((max, v, i) => Math.max(max, y[i] + graph.height[v]), 0);
    return { members, x: members.map((v) => columns.start[layer[v]]), y, width: columns.width, height };
  });
  // Stable: equal sizes keep the order of their first node in the input.
  return blocks.sort((a, b) => b.members.length - a.members.length);
}

export function packComponents(graph: PreparedGraph, blocks: readonly Block[]): Placement {
  const area = blocks.reduce((sum, b) => sum + (b.width + COMPONENT_GAP) * (b.height + COMPONENT_GAP), 0);
  const rowLimit = blocks.reduce((max, b) => Math.max(max, b.width), Math.sqrt(area * ASPECT_RATIO));
  const x = new Float64Array(graph.ids.length);
  const y = new Float64Array(graph.ids.length);
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (cursorX > 0 && cursorX + block.width > rowLimit) {
      cursorX = 0;
      cursorY += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    block.members.forEach((v, i) => {
      x[v] = cursorX + block.x[i];
      y[v] = cursorY + block.y[i];
    });
    width = Math.max(width, cursorX + block.width);
    rowHeight = Math.max(rowHeight, block.height);
    cursorX += block.width + COMPONENT_GAP;
  }
  return { x, y, width, height: cursorY + rowHeight };
}
