// ELK's part of the layout: the order of the nodes within each layer (crossing minimization) and
// their vertical position. Layers are ours (assign-layers.ts), handed over as x positions that
// ELK's INTERACTIVE layering reads back unchanged; the x ELK computes is discarded because its
// gaps between layers grow with the slope of edges it routes but we never draw.
import ELK, { type ElkNode, type LayoutOptions } from "elkjs/lib/elk.bundled.js";
import type { PreparedGraph } from "./prepare-graph";

/** Vertical gap between two nodes of a layer. */
export const NODE_GAP = 24;

// Chosen by measuring (npm run bench:layout; figures in compute-layout.ts): SIMPLE node placement
// stacks each layer compactly, where Brandes–Köpf (the default) made the picture twice as tall for
// straighter edges; POLYLINE is the cheapest of ELK's routers, whose routes we discard anyway.
// Crossing minimization keeps ELK's defaults: without it the benchmark's maps had 4–16 % more
// crossings, and `thoroughness` changed neither the result nor the time on our graphs.
export const ELK_OPTIONS: LayoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.cycleBreaking.strategy": "INTERACTIVE",
  "elk.layered.layering.strategy": "INTERACTIVE",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
  "elk.layered.nodePlacement.strategy": "SIMPLE",
  "elk.edgeRouting": "POLYLINE",
  "elk.separateConnectedComponents": "true",
  "elk.spacing.nodeNode": String(NODE_GAP),
  "elk.spacing.componentComponent": String(NODE_GAP),
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
};

let elk: InstanceType<typeof ELK> | undefined;

/** Top y of each node; nodes of one layer never overlap vertically within a component. */
export async function placeInLayers(
  graph: PreparedGraph,
  layer: Int32Array,
  skeleton: readonly (readonly [number, number])[],
  options: LayoutOptions = ELK_OPTIONS,
): Promise<Float64Array> {
  elk ??= new ELK();
  // Far enough apart that no two layers' x ranges overlap, or INTERACTIVE layering would merge them.
  const stride = graph.width.reduce((max, w) => Math.max(max, w), 0) + 100;
  const root: ElkNode = {
    id: "root",
    layoutOptions: options,
    children: graph.ids.map((id, v) => ({ id, width: graph.width[v], height: graph.height[v], x: layer[v] * stride, y: 0 })),
    edges: skeleton.map(([s, t], i) => ({ id: `e${i}`, sources: [graph.ids[s]], targets: [graph.ids[t]] })),
  };
  const laidOut = await elk.layout(root);
  const index = new Map(graph.ids.map((id, v) => [id, v]));
  const y = new Float64Array(graph.ids.length);
  for (const child of laidOut.children ?? []) y[index.get(child.id)!] = child.y ?? 0;
  return y;
}
