import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";
import { teamKeys, type TeamListParams } from "./query-keys";

export const teamDetailQuery = (idOrKey: string) => ({
  queryKey: teamKeys.detail(idOrKey),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TTeam>(`/teams/${encodeURIComponent(idOrKey)}`, { signal }),
});

export const teamListQuery = (params: TeamListParams) => ({
  queryKey: teamKeys.list(params),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TPage<TTeam>>(`/teams${toQuery(params)}`, { signal }),
});
