// Interfaces: keys and queries; everything lives under `interfaceKeys.all`.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TInterface } from "@/lib/schemas/interface";

export type InterfaceListParams = Record<string, string | number>;

export const interfaceKeys = {
  all: ["interfaces"] as const,
  lists: () => [...interfaceKeys.all, "list"] as const,
  list: (params: InterfaceListParams) => [...interfaceKeys.lists(), params] as const,
  details: () => [...interfaceKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...interfaceKeys.details(), idOrKey] as const,
};

export const interfaceDetailQuery = (idOrKey: string) =>
  queryOptions({
    queryKey: interfaceKeys.detail(idOrKey),
    queryFn: ({ signal }) => api<TInterface>(`/interfaces/${encodeURIComponent(idOrKey)}`, { signal }),
  });

export const interfaceListQuery = (params: InterfaceListParams) =>
  queryOptions({
    queryKey: interfaceKeys.list(params),
    queryFn: ({ signal }) => api<TPage<TInterface>>(`/interfaces${toQuery(params)}`, { signal }),
  });
