// Team health cards and trend. Deployments and state changes arrive on their own; catalog writes
// (members, ownership, links) change the cards too (invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TTeamHealth } from "@/lib/schemas/team-health";

export type TeamHealthParams = { teamId?: string; days?: number; weeks?: number };

export const teamHealthKeys = {
  all: ["team-health"] as const,
  of: (params: TeamHealthParams) => [...teamHealthKeys.all, params] as const,
};

export const teamHealthQuery = (params: TeamHealthParams) =>
  queryOptions({
    queryKey: teamHealthKeys.of(params),
    queryFn: ({ signal }) => api<TTeamHealth>(`/health/teams${toQuery(params)}`, { signal }),
    staleTime: 30_000,
  });
