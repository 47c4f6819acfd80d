import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";
import type { Estate } from "./select-estate";
import { interfaceEdge, systemNode } from "./topology-items";

export type BuildSystemViewOptions = { graph: TopologyGraph; estate: Estate };

/** Every system of the (small enough) filtered estate and every interface between two of them. */
export function buildSystemView({ graph, estate }: BuildSystemViewOptions) {
  const nodes = [];
  for (let i = 0; i < graph.systems.length; i++) if (estate.systems[i]) nodes.push(systemNode(graph, i));
  const edges = [];
  for (let e = 0; e < graph.interfaces.length; e++) if (estate.interfaces[e]) edges.push(interfaceEdge(graph, e));
  return { nodes, edges };
}
