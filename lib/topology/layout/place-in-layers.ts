// The vertical position of each node within its layer. Layers are ours (assign-layers.ts); the
// order within them comes from order-layers.ts; here each layer of a connected component is
// stacked compactly in that order and centred on the component's middle, so a layer with a few
// nodes sits across from the crowd it connects to rather than along the top edge.
import { orderLayers } from "./order-layers";
import type { PreparedGraph } from "./prepare-graph";

/** Vertical gap between two nodes of a layer. */
export const NODE_GAP = 24;

/** Top y of each node; nodes of one layer never overlap vertically within a component. */
export function placeInLayers(
  graph: PreparedGraph,
  layer: Int32Array,
  component: Int32Array,
  skeleton: readonly (readonly [number, number])[],
): Float64Array {
  const n = graph.ids.length;
  const rank = orderLayers(n, layer, component, skeleton);
  // Each (component, layer) column, in rank order.
  const columns = new Map<string, number[]>();
  for (let v = 0; v < n; v++) {
    const key = `${component[v]}:${layer[v]}`;
    let column = columns.get(key);
    if (!column) columns.set(key, (column = []));
    column.push(v);
  }
  const heightOf = (column: number[]) => column.reduce((sum, v) => sum + graph.height[v], 0) + NODE_GAP * (column.length - 1);
  const tallest = new Map<number, number>();
  for (const column of columns.values()) {
    column.sort((a, b) => rank[a] - rank[b]);
    const c = component[column[0]];
    tallest.set(c, Math.max(tallest.get(c) ?? 0, heightOf(column)));
  }
  const y = new Float64Array(n);
  for (const column of columns.values()) {
    let top = (tallest.get(component[column[0]])! - heightOf(column)) / 2;
    for (const v of column) {
      y[v] = top;
      top += graph.height[v] + NODE_GAP;
    }
  }
  return y;
}
