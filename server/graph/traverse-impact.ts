import "server-only";
import type { GraphDirection, TopologyGraph } from "./graph-types";
import { allocateTraversalBuffers, type TraversalBuffers } from "./borrow-traversal-buffers";

/** Where a traversal starts: a system (distance 0), or the far ends of one interface (distance 1). */
export type ImpactRoot = { system: number } | { interface: number };

export type TraverseImpactOptions = {
  graph: TopologyGraph;
  root: ImpactRoot;
  direction: GraphDirection;
  /** Largest distance to reach; undefined = no limit. */
  depth?: number;
  /** Borrowed buffers (borrow-traversal-buffers.ts), distance filled with -1 and edgeSeen with 0; fresh ones otherwise. */
  buffers?: TraversalBuffers;
};

export type ImpactTraversal = {
  /** Reached systems (never the root system), in BFS order: distances never decrease. */
  reached: Int32Array;
  /** Per system: hops from the root, or -1 when not reached. */
  distance: Int32Array;
  /** Per reached system: the interface and the system it was first reached through. */
  parentEdge: Int32Array;
  parentSystem: Int32Array;
  /** Interfaces a failure crosses (every arc leaving an expanded system), in BFS order, once each. */
  edges: Int32Array;
  edgeDistance: Int32Array;
};

/**
 * Breadth-first search over the in-memory adjacency arrays. The first visit fixes a system's
 * distance and one shortest path, so cycles end the search instead of looping. An interface
 * root's own far ends start at distance 1: downstream its consumer; upstream its provider and,
 * for a brokered interface, the broker it passes through.
 */
export function traverseImpact({ graph, root, direction, depth = Infinity, buffers }: TraverseImpactOptions): ImpactTraversal {
  const { start, target, edge } = graph[direction];
  const fresh = !buffers;
  const { distance, parentEdge, parentSystem, queue, edgeSeen, edges, edgeDistance } = buffers ?? allocateTraversalBuffers(graph);
  if (fresh) distance.fill(-1);
  let edgeCount = 0;
  let head = 0;
  let tail = 0;

  if ("system" in root) {
    distance[root.system] = 0;
    queue[tail++] = root.system;
  } else {
    const e = graph.interfaces[root.interface];
    edgeSeen[root.interface] = 1; // the root itself is the cause, not one of the affected
    const near = direction === "downstream" ? e.provider : e.consumer;
    const seeds = direction === "downstream" ? [e.consumer] : e.via >= 0 ? [e.provider, e.via] : [e.provider];
    for (const s of seeds) {
      distance[s] = 1;
      parentEdge[s] = root.interface;
      parentSystem[s] = near;
      queue[tail++] = s;
    }
  }
  const firstReached = "system" in root ? 1 : 0;

  while (head < tail) {
    const u = queue[head++];
    const d = distance[u];
    if (d >= depth) continue;
    for (let a = start[u]; a < start[u + 1]; a++) {
      const e = edge[a];
      if (!edgeSeen[e]) {
        edgeSeen[e] = 1;
        edges[edgeCount] = e;
        edgeDistance[edgeCount++] = d + 1;
      }
      const v = target[a];
      if (distance[v] !== -1) continue;
      distance[v] = d + 1;
      parentEdge[v] = e;
      parentSystem[v] = u;
      queue[tail++] = v;
    }
  }
  return {
    reached: queue.subarray(firstReached, tail),
    distance,
    parentEdge,
    parentSystem,
    edges: edges.subarray(0, edgeCount),
    edgeDistance: edgeDistance.subarray(0, edgeCount),
  };
}
