import "server-only";
import { createHash } from "node:crypto";
import type { TTopologyQuery } from "@/lib/schemas/topology";
import { LAYOUT_ALGORITHM_VERSION } from "@/lib/topology/layout/layout-types";

/**
 * Names one view of the map for the layout cache: the parameters that decide which nodes and
 * edges it has (filters sorted, so `kind=A,B` and `kind=B,A` share a layout) and the layout
 * algorithm's version (a deploy that changes the layout must not serve the old one). The estate
 * version is kept beside it, not in it: a view's row is replaced when the estate moves on.
 */
export function layoutCacheKey(query: TTopologyQuery): string {
  const canonical = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify([LAYOUT_ALGORITHM_VERSION, canonical])).digest("base64url");
}
