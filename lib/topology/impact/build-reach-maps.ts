import type { TImpactReach } from "@/lib/schemas/impact-reach";

/** What the map needs to highlight an impact analysis: id → distance, for O(1) look-ups per node and edge. */
export type ImpactReachMaps = { rootId: string; systems: Map<string, number>; interfaces: Map<string, number> };

export function buildReachMaps(reach: TImpactReach): ImpactReachMaps {
  return {
    rootId: reach.root.id,
    systems: new Map(reach.systems.map((s) => [s.id, s.distance])),
    interfaces: new Map(reach.interfaces.map((i) => [i.id, i.distance])),
  };
}
