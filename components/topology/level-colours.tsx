"use client";
import { createContext, useContext, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TComplianceLevel } from "@/lib/schemas/enums";
import { complianceLevelsQuery } from "@/lib/queries/compliance";

/** Every record's level by id, per record type; null while the map is not coloured by level. */
export type LevelMaps = { systems: ReadonlyMap<string, TComplianceLevel>; interfaces: ReadonlyMap<string, TComplianceLevel> };

/** The levels' hues as plain values, for the minimap's canvas (which cannot read CSS variables). */
export const LEVEL_HEX: Record<TComplianceLevel, string> = {
  NONE: "#ef4444", BRONZE: "#f97316", SILVER: "#94a3b8", GOLD: "#eab308", NOT_RATED: "#cbd5e1",
};

const LevelContext = createContext<LevelMaps | null>(null);
export const LevelColoursProvider = LevelContext.Provider;

// A record the answer does not name (created a moment ago) reads as not rated until the next one.
const EMPTY: ReadonlyMap<string, TComplianceLevel> = new Map();

/**
 * The levels the map is coloured by: one request per record type (ids and levels only), fetched
 * only once colouring is on, turned into id lookups. Nodes and edges read them from context, so
 * turning colouring on or off re-renders the drawn elements and nothing else: no new nodes, no
 * re-layout.
 */
export function useLevelColours(enabled: boolean) {
  const systems = useQuery({ ...complianceLevelsQuery("SYSTEM"), enabled, staleTime: 30_000 });
  const interfaces = useQuery({ ...complianceLevelsQuery("INTERFACE"), enabled, staleTime: 30_000 });
  const maps = useMemo<LevelMaps | null>(() => {
    if (!enabled || !systems.data || !interfaces.data) return null;
    return {
      systems: systems.data.items.length ? new Map(systems.data.items.map((i) => [i.id, i.level])) : EMPTY,
      interfaces: interfaces.data.items.length ? new Map(interfaces.data.items.map((i) => [i.id, i.level])) : EMPTY,
    };
  }, [enabled, systems.data, interfaces.data]);
  return {
    maps,
    loading: enabled && (systems.isPending || interfaces.isPending),
    error: enabled ? (systems.error ?? interfaces.error) : null,
    retry: () => { void systems.refetch(); void interfaces.refetch(); },
  };
}

/** The level of a system or interface on the map, or null while the map is not coloured by level. */
export function useLevelOf(kind: keyof LevelMaps, id: string): TComplianceLevel | null {
  const maps = useContext(LevelContext);
  return maps ? (maps[kind].get(id) ?? "NOT_RATED") : null;
}

export function useLevelMaps(): LevelMaps | null {
  return useContext(LevelContext);
}
