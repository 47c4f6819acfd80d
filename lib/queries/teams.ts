// Teams: keys and queries; everything lives under `teamKeys.all`.
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, toQuery } from "@/lib/api-client";
import type { TPage, ZRef } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";
import { recordQueries } from "./record-queries";

type TRef = z.infer<typeof ZRef>;

const teams = recordQueries<TTeam, "teams">("teams");

export const teamKeys = {
  ...teams.keys,
  picker: (q: string) => [...teams.keys.all, "picker", { q }] as const,
};
export const teamDetailQuery = teams.detail;
export const teamListQuery = teams.list;

/** The picker's search by key or name. */
export const teamPickerQuery = (q: string) =>
  queryOptions({
    queryKey: teamKeys.picker(q),
    queryFn: async ({ signal }): Promise<TRef[]> => {
      const page = await api<TPage<TTeam>>(`/teams${toQuery({ q, pageSize: 20, sort: "name" })}`, { signal });
      return page.items.map(({ id, key, name }) => ({ id, key, name }));
    },
  });
