import "server-only";
import type { TImpactQuery, TImpactResult } from "@/lib/schemas/impact";
import { findInGraph } from "./find-in-graph";
import { getGraph } from "./get-graph";
import { traverseImpact } from "./traverse-impact";
import { borrowTraversalBuffers } from "./borrow-traversal-buffers";
import { buildImpactResult } from "./build-impact-result";

export type GetSystemImpactOptions = { idOrKey: string; query: TImpactQuery };

/** What breaks if this system fails (downstream), or what it depends on (upstream). */
export async function getSystemImpact({ idOrKey, query }: GetSystemImpactOptions): Promise<TImpactResult> {
  const graph = await getGraph();
  const index = findInGraph({ graph, type: "system", idOrKey });
  const { id, key, name } = graph.systems[index];
  const { buffers, release } = borrowTraversalBuffers(graph);
  try {
    const traversal = traverseImpact({ graph, root: { system: index }, direction: query.direction, depth: query.depth, buffers });
    return await buildImpactResult({
      graph, traversal, root: { type: "system", id, key, name }, direction: query.direction, depth: query.depth, limit: query.limit, offset: query.offset,
    });
  } finally {
    release();
  }
}
