// Systems: keys and queries. Everything lives under `systemKeys.all`, so a write invalidates the
// lists, details and picker searches in one call.
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, toQuery } from "@/lib/api-client";
import type { TPage, ZRef } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";

type TRef = z.infer<typeof ZRef>;

export type SystemListParams = Record<string, string | number>;

export const systemKeys = {
  all: ["systems"] as const,
  lists: () => [...systemKeys.all, "list"] as const,
  list: (params: SystemListParams) => [...systemKeys.lists(), params] as const,
  details: () => [...systemKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...systemKeys.details(), idOrKey] as const,
  picker: (q: string, kinds: readonly string[] = []) => [...systemKeys.all, "picker", { q, kinds }] as const,
};

export const systemDetailQuery = (idOrKey: string) =>
  queryOptions({
    queryKey: systemKeys.detail(idOrKey),
    queryFn: ({ signal }) => api<TSystem>(`/systems/${encodeURIComponent(idOrKey)}`, { signal }),
  });

export const systemListQuery = (params: SystemListParams) =>
  queryOptions({
    queryKey: systemKeys.list(params),
    queryFn: ({ signal }) => api<TPage<TSystem>>(`/systems${toQuery(params)}`, { signal }),
  });

/** The picker's search by key or name; `kinds` narrows it (e.g. brokers and gateways). */
export const systemPickerQuery = (q: string, kinds: readonly string[] = []) =>
  queryOptions({
    queryKey: systemKeys.picker(q, kinds),
    queryFn: async ({ signal }): Promise<TRef[]> => {
      const page = await api<TPage<TSystem>>(`/systems${toQuery({ q, kind: kinds.join(","), pageSize: 20, sort: "name" })}`, { signal });
      return page.items.map(({ id, key, name }) => ({ id, key, name }));
    },
  });
