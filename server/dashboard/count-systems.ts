import "server-only";
import type { TDashboard } from "@/lib/schemas/dashboard";
import { LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { getSystemStats } from "./get-system-stats";

export type CountSystemsOptions = { graph: TopologyGraph; teamId?: string };
type Counted = { total: number; counts: TDashboard["systems"] };

const TIERS = [0, 1, 2, 3];
// The estate-wide answer depends on the graph alone: computed once per graph version.
const estateCache = new WeakMap<TopologyGraph, Counted>();

/** Every value of a list, with its count (zero when absent), in the list's order. */
export function tally<T extends string | number>(values: readonly T[], counts: { get(value: NoInfer<T>): number | undefined }) {
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/**
 * Systems by layer, kind, tier and lifecycle, counted over the in-memory graph (which holds all
 * four for every system): no database round trip; a team's systems are reached through the
 * per-team index of get-system-stats.ts instead of a pass over the whole estate.
 */
export function countSystems({ graph, teamId }: CountSystemsOptions): Counted {
  if (teamId === undefined) {
    let counted = estateCache.get(graph);
    if (!counted) estateCache.set(graph, (counted = count(graph, graph.systems.keys())));
    return counted;
  }
  const team = graph.teamIds.indexOf(teamId); // -1: the team owns no system
  if (team < 0) return count(graph, [].values());
  const { teamStart, teamSystems } = getSystemStats(graph);
  return count(graph, teamSystems.subarray(teamStart[team], teamStart[team + 1]).values());
}

function count(graph: TopologyGraph, indexes: Iterable<number>): Counted {
  const layer = new Map<string, number>();
  const kind = new Map<string, number>();
  const tier = new Map<number, number>();
  const lifecycle = new Map<string, number>();
  let total = 0;
  for (const i of indexes) {
    const s = graph.systems[i];
    total++;
    layer.set(s.layer, (layer.get(s.layer) ?? 0) + 1);
    kind.set(s.kind, (kind.get(s.kind) ?? 0) + 1);
    tier.set(s.tier, (tier.get(s.tier) ?? 0) + 1);
    lifecycle.set(s.lifecycle, (lifecycle.get(s.lifecycle) ?? 0) + 1);
  }
  return {
    total,
    counts: {
      byLayer: tally(LAYERS, layer),
      byKind: tally(SYSTEM_KINDS, kind),
      byTier: tally(TIERS, tier),
      byLifecycle: tally(LIFECYCLES, lifecycle),
    },
  };
}
