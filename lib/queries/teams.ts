// Teams: keys and queries; everything lives under `teamKeys.all`.
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, toQuery } from "@/lib/api-client";
import type { TPage, ZRef } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";

type TRef = z.infer<typeof ZRef>;

export type TeamListParams = Record<string, string | number>;

export const teamKeys = {
  all: ["teams"] as const,
  lists: () => [...teamKeys.all, "list"] as const,
  list: (params: TeamListParams) => [...teamKeys.lists(), params] as const,
  details: () => [...teamKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...teamKeys.details(), idOrKey] as const,
  picker: (q: string) => [...teamKeys.all, "picker", { q }] as const,
};

export const teamDetailQuery = (idOrKey: string) =>
  queryOptions({
    queryKey: teamKeys.detail(idOrKey),
    queryFn: ({ signal }) => api<TTeam>(`/teams/${encodeURIComponent(idOrKey)}`, { signal }),
  });

export const teamListQuery = (params: TeamListParams) =>
  queryOptions({
    queryKey: teamKeys.list(params),
    queryFn: ({ signal }) => api<TPage<TTeam>>(`/teams${toQuery(params)}`, { signal }),
  });

/** The picker's search by key or name. */
export const teamPickerQuery = (q: string) =>
  queryOptions({
    queryKey: teamKeys.picker(q),
    queryFn: async ({ signal }): Promise<TRef[]> => {
      const page = await api<TPage<TTeam>>(`/teams${toQuery({ q, pageSize: 20, sort: "name" })}`, { signal });
      return page.items.map(({ id, key, name }) => ({ id, key, name }));
    },
  });
