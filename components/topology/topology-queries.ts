import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTopology } from "@/lib/schemas/topology";
import type { LayoutResult } from "@/lib/topology/layout/layout-types";
import type { TSavedView, TSavedViewSummary } from "@/lib/schemas/view";
import { topologyKeys } from "./query-keys";

export const topologyQuery = (query: Record<string, string>) => ({
  queryKey: topologyKeys.map(query),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TTopology>(`/topology${toQuery(query)}`, { signal }),
});

/**
 * Stores a layout computed here, so the next opening of this view — anyone's, on any instance —
 * skips the layout until the estate changes. Best effort: a 409 only means the estate moved on
 * meanwhile, and the map is already drawn either way.
 */
export function shareLayout(query: Record<string, string>, version: string, { positions, width, height }: LayoutResult) {
  api(`/topology/layout${toQuery(query)}`, { method: "PUT", body: { version, layout: { positions, width, height } } }).catch(() => undefined);
}

export const viewListQuery = (q: string) => ({
  queryKey: topologyKeys.viewList(q),
  queryFn: ({ signal }: { signal?: AbortSignal }) =>
    api<TPage<TSavedViewSummary>>(`/views${toQuery({ q, pageSize: 50, sort: "name" })}`, { signal }),
});

export const viewQuery = (id: string) => ({
  queryKey: topologyKeys.view(id),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TSavedView>(`/views/${encodeURIComponent(id)}`, { signal }),
});
