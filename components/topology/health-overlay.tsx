"use client";
import { createContext, useContext, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { THealthState } from "@/lib/schemas/health-views";
import { healthMapQuery } from "@/lib/queries/health";

export type HealthMark = { state: THealthState | null; atRisk: boolean };
/** Every reported or at-risk record's mark by id, per record type; null while the map is not coloured by health. */
export type HealthMaps = { systems: ReadonlyMap<string, HealthMark>; interfaces: ReadonlyMap<string, HealthMark> };

const HealthContext = createContext<HealthMaps | null>(null);
export const HealthOverlayProvider = HealthContext.Provider;

const UNKNOWN: HealthMark = { state: null, atRisk: false };

/**
 * The health overlay's data: one request (ids, states and at-risk flags), polled while the
 * overlay is on so a DOWN sample reaches an open map; nodes and edges read it from context, so
 * switching the overlay re-renders the drawn elements only, as the level colouring does.
 */
export function useHealthOverlay(enabled: boolean) {
  const query = useQuery({ ...healthMapQuery(), enabled });
  const maps = useMemo<HealthMaps | null>(() => {
    if (!enabled || !query.data) return null;
    return {
      systems: new Map(query.data.systems.map((s) => [s.id, { state: s.state, atRisk: s.atRisk }])),
      interfaces: new Map(query.data.interfaces.map((i) => [i.id, { state: i.state, atRisk: i.atRisk }])),
    };
  }, [enabled, query.data]);
  return { maps, loading: enabled && query.isPending, error: enabled ? query.error : null, retry: () => void query.refetch() };
}

/** A system's or interface's health on the map (unknown when not reported), or null while the overlay is off. */
export function useHealthOf(kind: keyof HealthMaps, id: string): HealthMark | null {
  const maps = useContext(HealthContext);
  return maps ? (maps[kind].get(id) ?? UNKNOWN) : null;
}

export function useHealthMaps(): HealthMaps | null {
  return useContext(HealthContext);
}
