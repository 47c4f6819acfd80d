// The grouped picture: one full-width horizontal band per group, stacked top to bottom in the
// order of `groups`. Columns stay global — a layer has the same x in every lane — so providers are
// still left of their consumers across lanes; within a lane each column is stacked from the top
// in the within-layer order (component by component), which keeps its crossing minimization.
import { UNGROUPED_LANE_ID, type LayoutInput, type LayoutRect } from "./layout-types";
import { columnStarts, LAYER_GAP, type Columns } from "./layer-columns";
import type { Block, Placement } from "./pack-components";
import type { PreparedGraph } from "./prepare-graph";
import { NODE_GAP } from "./place-in-layers";

/** Room above a lane's nodes for its label. */
export const LANE_HEADER = 40;
/** Space between a lane's border and its nodes (left, right, bottom). */
export const LANE_PADDING = 24;
/** Space between two lanes. */
export const LANE_GAP = 24;

export function stackSwimlanes(
  graph: PreparedGraph,
  layer: Int32Array,
  blocks: readonly Block[],
  groups: LayoutInput["groups"],
): Placement & { lanes: LayoutRect[] } {
  const n = graph.ids.length;
  const all = Array.from({ length: n }, (_, v) => v);
  const columns = columnStarts(all, layer, graph.width);

  // Lane order: the given groups, then groups only the nodes know, then the ungrouped.
  const laneOf = graph.group.map((g) => g ?? UNGROUPED_LANE_ID);
  const order = [...(groups ?? []).map((g) => g.id), ...laneOf.filter((id) => id !== UNGROUPED_LANE_ID), UNGROUPED_LANE_ID];
  const rank = new Map<string, number>();
  for (const id of order) if (!rank.has(id)) rank.set(id, rank.size);
  const laneIds = [...rank.keys()];

  // Nodes lane by lane, each lane in the within-layer order: block by block, top to bottom within a block.
  const sequence: { v: number; lane: number; block: number; y: number }[] = [];
  blocks.forEach((block, b) => block.members.forEach((v, i) => sequence.push({ v, lane: rank.get(laneOf[v])!, block: b, y: block.y[i] })));
  sequence.sort((a, b) => a.lane - b.lane || a.block - b.block || a.y - b.y);

  addLonerColumns(columns, graph, blocks, sequence);
  const laneWidth = columns.width + 2 * LANE_PADDING;

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const lanes: LayoutRect[] = [];
  let laneTop = 0;
  for (let i = 0; i < sequence.length; ) {
    const lane = sequence[i].lane;
    const bottom = columns.start.map(() => 0);
    const place = (v: number, column: number) => {
      x[v] = LANE_PADDING + columns.start[column];
      y[v] = laneTop + LANE_HEADER + bottom[column];
      bottom[column] += graph.height[v] + NODE_GAP;
    };
    const loners: number[] = [];
    for (; i < sequence.length && sequence[i].lane === lane; i++) {
      const { v, block } = sequence[i];
      if (blocks[block].members.length === 1) loners.push(v);
      else place(v, layer[v]);
    }
    // A system without interfaces has no layer to respect: it goes to the shortest column wide
    // enough for it, instead of piling up in the first one.
    for (const v of loners) {
      let best = -1;
      for (let c = 0; c < bottom.length; c++) if (columns.size[c] >= graph.width[v] && (best < 0 || bottom[c] < bottom[best])) best = c;
      place(v, best);
    }
    const contentHeight = Math.max(0, ...bottom) - NODE_GAP;
    const height = LANE_HEADER + contentHeight + LANE_PADDING;
    lanes.push({ id: laneIds[lane], x: 0, y: laneTop, width: laneWidth, height });
    laneTop += height + LANE_GAP;
  }
  return { x, y, width: laneWidth, height: Math.max(0, laneTop - LANE_GAP), lanes };
}

/**
 * With few layers (a view with few interfaces), a lane full of systems without interfaces would be
 * one tall column: add columns so that the fullest lane's loners fit in a roughly square grid.
 */
function addLonerColumns(columns: Columns, graph: PreparedGraph, blocks: readonly Block[], sequence: readonly { v: number; lane: number; block: number }[]) {
  const perLane = new Map<number, number>();
  let widest = 0;
  for (const { v, lane, block } of sequence) {
    if (blocks[block].members.length !== 1) continue;
    perLane.set(lane, (perLane.get(lane) ?? 0) + 1);
    widest = Math.max(widest, graph.width[v]);
  }
  const wanted = Math.ceil(Math.sqrt(2 * Math.max(0, ...perLane.values())));
  while (columns.start.length < wanted) {
    const start = columns.width + LAYER_GAP;
    columns.start.push(start);
    columns.size.push(widest);
    columns.width = start + widest;
  }
}
