// Impact analysis. Everything lives under `impactKeys.all`, so a catalog write marks every open
// analysis stale in one call; one target's pages and reach share `impactKeys.target(...)`.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TImpactDirection, TImpactResult } from "@/lib/schemas/impact";
import type { TImpactReach } from "@/lib/schemas/impact-reach";
import { nextImpactOffset } from "@/lib/topology/impact/merge-impact-pages";

export type ImpactTarget = { type: "system" | "interface"; id: string };

/** Systems per page of the detailed analysis: each carries a path and contacts, so keep pages small. */
export const IMPACT_PAGE_SIZE = 50;

export const impactKeys = {
  all: ["impact"] as const,
  target: (target: ImpactTarget) => [...impactKeys.all, target.type, target.id] as const,
  pages: (target: ImpactTarget, direction: TImpactDirection, pageSize = IMPACT_PAGE_SIZE) =>
    [...impactKeys.target(target), "pages", { direction, pageSize }] as const,
  reach: (target: ImpactTarget, direction: TImpactDirection) => [...impactKeys.target(target), "reach", { direction }] as const,
};

const impactPath = ({ type, id }: ImpactTarget) => `/${type === "system" ? "systems" : "interfaces"}/${encodeURIComponent(id)}/impact`;

/** The detailed analysis, a page of systems at a time (offset paging). */
export const impactPagesQuery = (target: ImpactTarget, direction: TImpactDirection, pageSize = IMPACT_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: impactKeys.pages(target, direction, pageSize),
    queryFn: ({ pageParam, signal }) =>
      api<TImpactResult>(`${impactPath(target)}${toQuery({ direction, limit: pageSize, offset: pageParam })}`, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last: TImpactResult, _all: TImpactResult[], lastOffset: number) => nextImpactOffset(last, lastOffset, pageSize),
  });

/** Every affected system and interface as id → distance, unpaged: what the map highlights. */
export const impactReachQuery = (target: ImpactTarget, direction: TImpactDirection) =>
  queryOptions({
    queryKey: impactKeys.reach(target, direction),
    queryFn: ({ signal }) => api<TImpactReach>(`${impactPath(target)}/reach${toQuery({ direction })}`, { signal }),
  });
