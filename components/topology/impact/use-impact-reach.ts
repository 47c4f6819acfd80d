"use client";
import { useEffect, useEffectEvent, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TImpactDirection } from "@/lib/schemas/impact";
import { buildReachMaps, type ImpactReachMaps } from "@/lib/topology/impact/build-reach-maps";
import { impactReachQuery, type ImpactTarget } from "@/lib/queries/impact";

/**
 * The reach of one analysis, reported to `onReach` each time a result arrives (a new target or
 * direction, a refetch that changed something). useEffectEvent: the page may pass a new arrow
 * function on every render, and that alone must not report again, or a page that stores the maps
 * in state would re-render forever.
 */
export function useImpactReach(target: ImpactTarget, direction: TImpactDirection, onReach: (reach: ImpactReachMaps) => void) {
  const query = useQuery(impactReachQuery(target, direction));
  // Structural sharing keeps `data` the same object when a refetch brings the same answer.
  const maps = useMemo(() => (query.data ? buildReachMaps(query.data) : undefined), [query.data]);
  const report = useEffectEvent((reach: ImpactReachMaps) => onReach(reach));
  useEffect(() => {
    if (maps) report(maps);
  }, [maps]);
  return query;
}
