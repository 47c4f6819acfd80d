"use client";
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import type { TInterface } from "@/lib/schemas/interface";
import { systemListQuery } from "@/lib/queries/systems";
import { interfaceListQuery } from "@/lib/queries/interfaces";

export const TIERS = [0, 1, 2, 3] as const;
/** Records shown per tier on the team page; the rest are one click away in the filtered list. */
export const PER_TIER = 10;

export type TierPages<T> = UseQueryResult<TPage<T>>[];

const params = (teamId: string, tier: number) => ({ teamId, tier: String(tier), sort: "name", pageSize: PER_TIER });

export const ownedHref = (area: "systems" | "interfaces", teamId: string, tier?: number) =>
  `/${area}?teamId=${encodeURIComponent(teamId)}${tier === undefined ? "" : `&tier=${tier}`}`;

/**
 * One page per tier for systems and for interfaces: each gives the tier's first records by name
 * and, in its total, the tier's count — the "by tier" summary and the grouped lists from the same
 * eight small requests to the existing list endpoints.
 */
export function useOwnedByTier(teamId: string): { systems: TierPages<TSystem>; interfaces: TierPages<TInterface> } {
  const systems = useQueries({ queries: TIERS.map((tier) => systemListQuery(params(teamId, tier))) });
  const interfaces = useQueries({ queries: TIERS.map((tier) => interfaceListQuery(params(teamId, tier))) });
  return { systems, interfaces };
}
