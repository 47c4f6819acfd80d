import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";

// How graph records appear in topology responses. Positions are filled in last (get-topology.ts),
// in one query for all system nodes of the view.

export function systemNode(graph: TopologyGraph, index: number) {
  const { technicalOwnerId: _owner, ...system } = graph.systems[index];
  return { type: "system" as const, ...system, position: null as { x: number; y: number } | null };
}

export function interfaceEdge(graph: TopologyGraph, index: number) {
  const { provider, consumer, via, ...rest } = graph.interfaces[index];
  return {
    type: "interface" as const,
    ...rest,
    source: graph.systems[provider].id,
    target: graph.systems[consumer].id,
    viaSystemId: via >= 0 ? graph.systems[via].id : null,
  };
}
