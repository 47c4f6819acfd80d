import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TInterface } from "@/lib/schemas/interface";
import { interfaceKeys, type InterfaceListParams } from "./query-keys";

export const interfaceDetailQuery = (idOrKey: string) => ({
  queryKey: interfaceKeys.detail(idOrKey),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TInterface>(`/interfaces/${encodeURIComponent(idOrKey)}`, { signal }),
});

export const interfaceListQuery = (params: InterfaceListParams) => ({
  queryKey: interfaceKeys.list(params),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TPage<TInterface>>(`/interfaces${toQuery(params)}`, { signal }),
});
