import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { TopologyGraph } from "./graph-types";
import { loadGraph, TOPOLOGY_VERSION_SQL } from "./load-graph";

type GraphCache = { graph?: TopologyGraph; loading?: Promise<TopologyGraph> };

// On globalThis like the Prisma client, so a dev-server reload of this module keeps the graph.
const holder = globalThis as unknown as { junctionGraph?: GraphCache };
const cache = (holder.junctionGraph ??= {});

/** TopologyState.version now, or null when the row is missing (then nothing can be cached). */
async function currentVersion(): Promise<bigint | null> {
  const [row] = await hotRows<{ version: string }>("junction_topology_version", Prisma.raw(TOPOLOGY_VERSION_SQL));
  return row ? BigInt(row.version) : null;
}

const isCurrent = (graph: TopologyGraph, version: bigint | null) => version !== null && graph.version >= version;

/**
 * The dependency graph, current as of this request. Every call costs one indexed read of the
 * version that triggers bump on each change to systems and interfaces, whichever app instance
 * made it; when it moved, the graph is reloaded, and concurrent requests share that one reload.
 */
export async function getGraph(): Promise<TopologyGraph> {
  const version = await currentVersion();
  for (;;) {
    if (cache.graph && isCurrent(cache.graph, version)) return cache.graph;
    cache.loading ??= loadGraph()
      .then((graph) => {
        if (!cache.graph || graph.version >= cache.graph.version) cache.graph = graph;
        return graph;
      })
      .finally(() => {
        cache.loading = undefined;
      });
    const graph = await cache.loading;
    // A reload that started before the change this request saw is not good enough: go again.
    if (version === null || graph.version >= version) return graph;
  }
}
