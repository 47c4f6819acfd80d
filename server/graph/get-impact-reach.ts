import "server-only";
import type { TImpactReach, TImpactReachQuery } from "@/lib/schemas/impact-reach";
import { AppError } from "@/server/http/app-error";
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
  const { idOrKey } = root;
  let start: ImpactRoot;
  let record: { id: string; key: string; name: string };
  if (root.type === "system") {
    const index = graph.systemIndex.get(idOrKey) ?? graph.systemKeyIndex.get(idOrKey);
    if (index === undefined) throw AppError.notFound("System");
    start = { system: index };
    record = graph.systems[index];
  } else {
    const index = graph.interfaceIndex.get(idOrKey) ?? graph.interfaceKeyIndex.get(idOrKey);
    if (index === undefined) throw AppError.notFound("Interface");
    start = { interface: index };
    record = graph.interfaces[index];
  }

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
