import "server-only";
import type { GraphDirection, TopologyGraph } from "@/server/graph/graph-types";

export type Reached = { index: number; distance: number; parent: number };

export type WalkDependenciesOptions = { graph: TopologyGraph; from: number; direction: GraphDirection; depth: number };

/**
 * Breadth-first over the graph's arcs (provider → consumer and broker → consumer; upstream the
 * reverse) up to `depth` hops: every system reached, nearest first, with the hop it was reached
 * from, so a path can be read back. Bounded: root-cause hints look a few hops, not the estate.
 */
export function walkDependencies({ graph, from, direction, depth }: WalkDependenciesOptions): Reached[] {
  const { start, target } = graph[direction];
  const seen = new Map<number, Reached>([[from, { index: from, distance: 0, parent: -1 }]]);
  const out: Reached[] = [];
  let frontier = [from];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let a = start[node]; a < start[node + 1]; a++) {
        const to = target[a];
        if (seen.has(to)) continue;
        const reached = { index: to, distance: d, parent: node };
        seen.set(to, reached);
        out.push(reached);
        next.push(to);
      }
    }
    frontier = next;
  }
  return out;
}

// One index per walk, built on the first path read from it: a walk of a hub reaches thousands of
// systems, and rebuilding the index per path made reading every path quadratic (3.4 s of the
// alert-intake bench's CPU went there).
const indexes = new WeakMap<Reached[], Map<number, Reached>>();

/** System indexes from `reached` back to the walk's start, following parents (start last). */
export function pathBack(reached: Reached, all: Reached[], from: number): number[] {
  let byIndex = indexes.get(all);
  if (!byIndex) indexes.set(all, (byIndex = new Map(all.map((r) => [r.index, r]))));
  const path = [reached.index];
  let parent = reached.parent;
  while (parent !== -1 && parent !== from) {
    path.push(parent);
    parent = byIndex.get(parent)!.parent;
  }
  path.push(from);
  return path;
}
