import "server-only";
import type { TImpactReach, TImpactReachQuery } from "@/lib/schemas/impact-reach";
import { findInGraph } from "./find-in-graph";
import { getGraph } from "./get-graph";
import { traverseImpact, type ImpactRoot } from "./traverse-impact";
import { borrowTraversalBuffers } from "./borrow-traversal-buffers";

export type GetImpactReachOptions = { root: { type: "system" | "interface"; idOrKey: string }; query: TImpactReachQuery };

/**
 * Every system and interface the impact analysis reaches, as ids and distances only: the same
 * traversal as getSystemImpact / getInterfaceImpact, without paths, owners or paging, so the map
 * can highlight all of it in one small response.
 */
export async function getImpactReach({ root, query }: GetImpactReachOptions): Promise<TImpactReach> {
  const graph = await getGraph();
  const index = findInGraph({ graph, type: root.type, idOrKey: root.idOrKey });
  const start: ImpactRoot = root.type === "system" ? { system: index } : { interface: index };
  const record = root.type === "system" ? graph.systems[index] : graph.interfaces[index];

  const { buffers, release } = borrowTraversalBuffers(graph);
  try {
    const t = traverseImpact({ graph, root: start, direction: query.direction, depth: query.depth, buffers });
    // BFS order already sorts both lists by distance. Copied out before release(): the buffers
    // are reused by the next request.
    const systems = Array.from(t.reached, (s) => ({ id: graph.systems[s].id, distance: t.distance[s] }));
    const interfaces = Array.from(t.edges, (e, i) => ({ id: graph.interfaces[e].id, distance: t.edgeDistance[i] }));
    return {
      root: { type: root.type, id: record.id, key: record.key, name: record.name },
      direction: query.direction,
      depth: query.depth ?? null,
      systems,
      interfaces,
    };
  } finally {
    release();
  }
}
