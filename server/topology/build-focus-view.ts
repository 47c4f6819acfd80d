import "server-only";
import type { GraphDirection, TopologyGraph } from "@/server/graph/graph-types";
import type { Estate } from "./select-estate";
import { interfaceEdge, systemNode } from "./topology-items";

export type BuildFocusViewOptions = {
  graph: TopologyGraph;
  estate: Estate;
  focus: number;
  direction: GraphDirection | "both";
  depth: number;
  breadth: number;
  /** No more systems than this are shown; further neighbours go behind "+N more" nodes too. */
  maxNodes: number;
};

type Ctx = BuildFocusViewOptions;
type MoreEdge = { type: "more"; id: string; source: string; target: string; interfaces: number };

/**
 * The arcs drawn on the map: provider → consumer. The graph's adjacency also holds broker →
 * consumer arcs (for impact analysis); here a broker is an attribute of the edge, not an end.
 */
function forEachArc(c: Ctx, u: number, dir: GraphDirection, fn: (v: number, e: number) => void) {
  const { start, target, edge } = c.graph[dir];
  for (let a = start[u]; a < start[u + 1]; a++) {
    const e = edge[a];
    if (!c.estate.interfaces[e]) continue;
    const { provider, consumer } = c.graph.interfaces[e];
    if (dir === "downstream" ? provider === u : target[a] === provider && consumer === u) fn(target[a], e);
  }
}

/** Walks the focus's neighbourhood, capped per system (breadth) and overall (maxNodes). */
function walk(c: Ctx) {
  const distance = new Map<number, number>([[c.focus, 0]]);
  const expanded = { downstream: new Set<number>(), upstream: new Set<number>() };
  const dirs: GraphDirection[] = c.direction === "both" ? ["downstream", "upstream"] : [c.direction];
  for (const dir of dirs) {
    const seen = new Set([c.focus]);
    let frontier = [c.focus];
    for (let d = 0; d < c.depth && frontier.length; d++) {
      const next: number[] = [];
      for (const u of frontier) {
        expanded[dir].add(u);
        const neighbours = new Set<number>();
        forEachArc(c, u, dir, (v) => neighbours.add(v));
        let shown = 0;
        for (const v of [...neighbours].sort((x, y) => c.graph.rank[x] - c.graph.rank[y])) {
          if (shown >= c.breadth || (!distance.has(v) && distance.size >= c.maxNodes)) break;
          shown++;
          if (!distance.has(v) || distance.get(v)! > d + 1) distance.set(v, d + 1);
          if (!seen.has(v)) {
            seen.add(v);
            next.push(v);
          }
        }
      }
      frontier = next;
    }
  }
  return { distance, expanded };
}

/**
 * A system's neighbourhood. Every interface of a shown system is accounted for: drawn (both ends
 * shown), behind a "+N more" node (a neighbour cut by the caps of an expanded system), or counted
 * in the system's `hidden` (beyond the depth, or in the direction not walked).
 */
export function buildFocusView(c: BuildFocusViewOptions) {
  const { graph } = c;
  const { distance, expanded } = walk(c);
  const nodes = [];
  const edges: (ReturnType<typeof interfaceEdge> | MoreEdge)[] = [];
  const more = [];
  const order = [...distance.keys()].sort((x, y) => distance.get(x)! - distance.get(y)! || graph.rank[x] - graph.rank[y]);
  for (const u of order) {
    const id = graph.systems[u].id;
    const hidden = { upstream: 0, downstream: 0 };
    for (const dir of ["downstream", "upstream"] as const) {
      const cut = new Set<number>();
      let cutInterfaces = 0;
      forEachArc(c, u, dir, (v, e) => {
        if (distance.has(v)) {
          if (dir === "downstream") edges.push(interfaceEdge(graph, e));
        } else if (expanded[dir].has(u)) {
          cut.add(v);
          cutInterfaces++;
        } else hidden[dir]++;
      });
      if (cut.size) {
        const moreId = `more:${id}:${dir}`;
        more.push({ type: "more" as const, id: moreId, systemId: id, direction: dir, systems: cut.size, interfaces: cutInterfaces });
        const [source, target] = dir === "downstream" ? [id, moreId] : [moreId, id];
        edges.push({ type: "more", id: `${source}>${target}`, source, target, interfaces: cutInterfaces });
      }
    }
    nodes.push({ ...systemNode(graph, u), distance: distance.get(u)!, hidden });
  }
  return { nodes: [...nodes, ...more], edges, truncated: more.length > 0 };
}
