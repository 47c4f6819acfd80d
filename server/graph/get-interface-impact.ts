import "server-only";
import type { TImpactQuery, TImpactResult } from "@/lib/schemas/impact";
import { findInGraph } from "./find-in-graph";
import { getGraph } from "./get-graph";
import { traverseImpact } from "./traverse-impact";
import { borrowTraversalBuffers } from "./borrow-traversal-buffers";
import { buildImpactResult } from "./build-impact-result";

export type GetInterfaceImpactOptions = { idOrKey: string; query: TImpactQuery };

/**
 * What breaks if this interface fails: its consumer and everything downstream of it. Upstream:
 * what it depends on, its provider (and broker) and everything upstream of them.
 */
export async function getInterfaceImpact({ idOrKey, query }: GetInterfaceImpactOptions): Promise<TImpactResult> {
  const graph = await getGraph();
  const index = findInGraph({ graph, type: "interface", idOrKey });
  const { id, key, name } = graph.interfaces[index];
  const { buffers, release } = borrowTraversalBuffers(graph);
  try {
    const traversal = traverseImpact({ graph, root: { interface: index }, direction: query.direction, depth: query.depth, buffers });
    return await buildImpactResult({
      graph, traversal, root: { type: "interface", id, key, name }, direction: query.direction, depth: query.depth, limit: query.limit, offset: query.offset,
    });
  } finally {
    release();
  }
}
