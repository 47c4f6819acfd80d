// The keys and queries every catalog record type shares (systems, interfaces, teams): lists and
// details under one root, so a write invalidates all of a type's views in one call.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";

export type ListParams = Record<string, string | number>;

/** `root` is both the key's root and the API collection (/api/v1/<root>). */
export function recordQueries<T, const R extends string>(root: R) {
  const all = [root] as const;
  const keys = {
    all,
    lists: () => [...all, "list"] as const,
    list: (params: ListParams) => [...all, "list", params] as const,
    details: () => [...all, "detail"] as const,
    detail: (idOrKey: string) => [...all, "detail", idOrKey] as const,
  };
  return {
    keys,
    detail: (idOrKey: string) =>
      queryOptions({ queryKey: keys.detail(idOrKey), queryFn: ({ signal }) => api<T>(`/${root}/${encodeURIComponent(idOrKey)}`, { signal }) }),
    list: (params: ListParams) =>
      queryOptions({ queryKey: keys.list(params), queryFn: ({ signal }) => api<TPage<T>>(`/${root}${toQuery(params)}`, { signal }) }),
  };
}
