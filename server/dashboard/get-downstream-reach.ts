import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { computeDownstreamReach } from "./compute-downstream-reach";

// Keyed by the graph object itself: get-graph.ts replaces it whenever TopologyState.version
// moves, so a cached answer is exactly as current as the graph, and an old graph's answer is
// collected together with it.
const cache = new WeakMap<TopologyGraph, Int32Array>();

/**
 * Per system (by graph index): how many systems are transitively downstream of it. Computed once
 * per graph version (~35–75 ms at 25,000 systems and 100,000 arcs; see compute-downstream-reach.ts)
 * and then read by every dashboard request until the next change to systems or interfaces.
 */
export function getDownstreamReach(graph: TopologyGraph): Int32Array {
  let reach = cache.get(graph);
  if (!reach) {
    reach = computeDownstreamReach(graph.systems.length, graph.downstream);
    cache.set(graph, reach);
  }
  return reach;
}
