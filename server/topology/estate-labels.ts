import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";

export type EstateLabels = { domain: string[]; grouping: string[] };

// One pass over the systems per graph version, not per request: the graph object is replaced on
// every change, so a WeakMap keyed by it never serves stale labels.
const cache = new WeakMap<TopologyGraph, EstateLabels>();

/** The estate's distinct domain and grouping labels, sorted: what the map's filters offer. */
export function estateLabels(graph: TopologyGraph): EstateLabels {
  let labels = cache.get(graph);
  if (!labels) {
    const domain = new Set<string>();
    const grouping = new Set<string>();
    for (const s of graph.systems) {
      if (s.domain !== null) domain.add(s.domain);
      if (s.grouping !== null) grouping.add(s.grouping);
    }
    const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
    labels = { domain: sorted(domain), grouping: sorted(grouping) };
    cache.set(graph, labels);
  }
  return labels;
}
