import "server-only";
import type { TopologyGraph } from "./graph-types";

export type TraversalBuffers = {
  distance: Int32Array;
  parentEdge: Int32Array;
  parentSystem: Int32Array;
  queue: Int32Array;
  edgeSeen: Uint8Array;
  edges: Int32Array;
  edgeDistance: Int32Array;
};

const pools = new WeakMap<TopologyGraph, TraversalBuffers[]>();
const KEPT = 4;

export function allocateTraversalBuffers(graph: TopologyGraph): TraversalBuffers {
  const n = graph.systems.length;
  const m = graph.interfaces.length;
  return {
    distance: new Int32Array(n),
    parentEdge: new Int32Array(n),
    parentSystem: new Int32Array(n),
    queue: new Int32Array(n),
    edgeSeen: new Uint8Array(m),
    edges: new Int32Array(m),
    edgeDistance: new Int32Array(m),
  };
}

/**
 * Typed arrays for one traversal of this graph, reset and reused across requests: at 50,000
 * systems a traversal needs ~3 MB of them, and allocating, zeroing and collecting that on every
 * request cost ~3 ms of garbage collection. Call release() once nothing reads the traversal any
 * more; requests running at the same time each borrow their own set.
 */
export function borrowTraversalBuffers(graph: TopologyGraph): { buffers: TraversalBuffers; release: () => void } {
  let pool = pools.get(graph);
  if (!pool) pools.set(graph, (pool = []));
  const buffers = pool.pop() ?? allocateTraversalBuffers(graph);
  buffers.distance.fill(-1);
  buffers.edgeSeen.fill(0);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (pool.length < KEPT) pool.push(buffers);
  };
  return { buffers, release };
}
