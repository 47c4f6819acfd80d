import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";
import type { AtRiskTraversal } from "./traverse-at-risk";

export type AtRiskPathOptions = { graph: TopologyGraph; traversal: AtRiskTraversal; system: number };

/** The chain of interfaces that carries the risk from the cause to this system (cause first). */
export function atRiskPath({ graph, traversal: t, system }: AtRiskPathOptions) {
  const steps: { interfaceId: string; interfaceKey: string; systemId: string }[] = [];
  // The chain ends at a cause system (no parent edge) or after a cause interface (no parent system).
  for (let v = system; v >= 0 && t.parentEdge[v] >= 0; v = t.parentSystem[v]) {
    const e = graph.interfaces[t.parentEdge[v]];
    steps.push({ interfaceId: e.id, interfaceKey: e.key, systemId: graph.systems[v].id });
  }
  return steps.reverse();
}
