import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";

export type TraverseAtRiskOptions = {
  graph: TopologyGraph;
  /** Graph indexes of the DOWN or DEGRADED systems and interfaces: the causes. */
  systems: number[];
  interfaces: number[];
};

/**
 * What the causes put at risk. Cause ordinals: 0 … systems.length - 1 are the systems, then the
 * interfaces in their order; every reached system and interface carries the one it was reached from.
 */
export type AtRiskTraversal = {
  /** At-risk systems in BFS order (never a cause system itself): distances never decrease. */
  reached: Int32Array;
  /** Per system: hops from the nearest cause (0 for a cause system), or -1. */
  distance: Int32Array;
  parentEdge: Int32Array;
  parentSystem: Int32Array;
  /** parentSystem is -1 for a consumer of a cause interface: its path is that one interface. */
  /** Per system: the cause ordinal it was first reached from. */
  cause: Int32Array;
  /** At-risk interfaces (never a cause interface), in BFS order, with their hop and cause ordinal. */
  edges: Int32Array;
  edgeDistance: Int32Array;
  edgeCause: Int32Array;
};

/**
 * One breadth-first search from every cause at once over the graph's downstream arcs (provider →
 * consumer, and broker → consumer for what passes through a broker): each record is reached first
 * from its nearest cause, along one shortest path, and visited once, so cycles and diamonds end
 * the search. A cause system starts at distance 0; a cause interface puts its consumer at 1.
 * An interface is at risk when the search crosses it: its provider or its broker is a cause or
 * at risk. Own arrays (not the pooled impact buffers): the result is cached across requests.
 */
export function traverseAtRisk({ graph, systems, interfaces }: TraverseAtRiskOptions): AtRiskTraversal {
  const n = graph.systems.length;
  const m = graph.interfaces.length;
  const { start, target, edge } = graph.downstream;
  const distance = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const parentSystem = new Int32Array(n).fill(-1);
  const cause = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const edgeSeen = new Uint8Array(m);
  const edges = new Int32Array(m);
  const edgeDistance = new Int32Array(m);
  const edgeCause = new Int32Array(m);
  let head = 0;
  let tail = 0;
  let edgeCount = 0;

  systems.forEach((s, ordinal) => {
    if (distance[s] !== -1) return;
    distance[s] = 0;
    cause[s] = ordinal;
    queue[tail++] = s;
  });
  const causeSystems = tail;
  for (const e of interfaces) edgeSeen[e] = 1; // a cause, not one of the at-risk
  interfaces.forEach((e, i) => {
    const { consumer } = graph.interfaces[e];
    if (distance[consumer] !== -1) return;
    distance[consumer] = 1;
    parentEdge[consumer] = e;
    parentSystem[consumer] = -1; // the path starts with the cause interface itself
    cause[consumer] = systems.length + i;
    queue[tail++] = consumer;
  });

  while (head < tail) {
    const u = queue[head++];
    const d = distance[u];
    for (let a = start[u]; a < start[u + 1]; a++) {
      const e = edge[a];
      if (!edgeSeen[e]) {
        edgeSeen[e] = 1;
        edges[edgeCount] = e;
        edgeDistance[edgeCount] = d + 1;
        edgeCause[edgeCount++] = cause[u];
      }
      const v = target[a];
      if (distance[v] !== -1) continue;
      distance[v] = d + 1;
      parentEdge[v] = e;
      parentSystem[v] = u;
      cause[v] = cause[u];
      queue[tail++] = v;
    }
  }
  return {
    reached: queue.slice(causeSystems, tail),
    distance, parentEdge, parentSystem, cause,
    edges: edges.slice(0, edgeCount), edgeDistance: edgeDistance.slice(0, edgeCount), edgeCause: edgeCause.slice(0, edgeCount),
  };
}
