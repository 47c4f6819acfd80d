import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import { systemKeys, type SystemListParams } from "./query-keys";

export const systemDetailQuery = (idOrKey: string) => ({
  queryKey: systemKeys.detail(idOrKey),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TSystem>(`/systems/${encodeURIComponent(idOrKey)}`, { signal }),
});

export const systemListQuery = (params: SystemListParams) => ({
  queryKey: systemKeys.list(params),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TPage<TSystem>>(`/systems${toQuery(params)}`, { signal }),
});
