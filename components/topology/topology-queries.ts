import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTopology } from "@/lib/schemas/topology";
import type { TSavedView, TSavedViewSummary } from "@/lib/schemas/view";
import { topologyKeys } from "./query-keys";

export const topologyQuery = (query: Record<string, string>) => ({
  queryKey: topologyKeys.map(query),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TTopology>(`/topology${toQuery(query)}`, { signal }),
});

export const viewListQuery = (q: string) => ({
  queryKey: topologyKeys.viewList(q),
  queryFn: ({ signal }: { signal?: AbortSignal }) =>
    api<TPage<TSavedViewSummary>>(`/views${toQuery({ q, pageSize: 50, sort: "name" })}`, { signal }),
});

export const viewQuery = (id: string) => ({
  queryKey: topologyKeys.view(id),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TSavedView>(`/views/${encodeURIComponent(id)}`, { signal }),
});
