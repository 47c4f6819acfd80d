// Turns the layout input into an indexed graph the layout steps can walk cheaply: node indexes
// instead of ids, one edge per (provider, consumer) pair, and nothing the layout cannot place
// (edges to unknown nodes, self-loops, repeated node ids).
import type { LayoutInput } from "./layout-types";

export type PreparedGraph = {
  ids: string[];
  width: number[];
  height: number[];
  /** The input's group per node (undefined → null). */
  group: (string | null)[];
  /** Unique directed pairs [provider, consumer], provider !== consumer, in input order. */
  edges: [number, number][];
};

export function prepareGraph(input: LayoutInput): PreparedGraph {
  const index = new Map<string, number>();
  const graph: PreparedGraph = { ids: [], width: [], height: [], group: [], edges: [] };
  for (const node of input.nodes) {
    if (index.has(node.id)) continue; // first one wins: two boxes for one id cannot both be drawn
    index.set(node.id, graph.ids.length);
    graph.ids.push(node.id);
    graph.width.push(node.width);
    graph.height.push(node.height);
    graph.group.push(node.group ?? null);
  }
  const seen = new Set<number>();
  const n = graph.ids.length;
  for (const edge of input.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s * n + t;
    if (seen.has(key)) continue;
    seen.add(key);
    graph.edges.push([s, t]);
  }
  return graph;
}
