// The map: topology responses and saved views. Catalog writes invalidate `topologyKeys.maps()`;
// saved-view writes `topologyKeys.views()`.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTopology } from "@/lib/schemas/topology";
import type { TSavedView, TSavedViewSummary } from "@/lib/schemas/view";
import type { LayoutResult } from "@/lib/topology/layout/layout-types";
import { topologyUrl } from "@/lib/topology/view-state";

export const topologyKeys = {
  all: ["topology"] as const,
  maps: () => [...topologyKeys.all, "map"] as const,
  map: (query: Record<string, string>) => [...topologyKeys.maps(), query] as const,
  views: () => [...topologyKeys.all, "views"] as const,
  viewList: (q: string) => [...topologyKeys.views(), "list", { q }] as const,
  view: (id: string) => [...topologyKeys.views(), "detail", id] as const,
};

export const topologyQuery = (query: Record<string, string>) =>
  queryOptions({
    queryKey: topologyKeys.map(query),
    // The same URL the page preloads (app/(app)/topology/page.tsx): the browser hands this request the preloaded answer.
    queryFn: ({ signal }) => api<TTopology>(topologyUrl(query), { signal }),
  });

/**
 * Stores a layout computed here, so the next opening of this view — anyone's, on any instance —
 * skips the layout until the estate changes. Best effort: a 409 only means the estate moved on
 * meanwhile, and the map is already drawn either way.
 */
export function shareLayout(query: Record<string, string>, version: string, { positions, width, height }: LayoutResult) {
  api(`/topology/layout${toQuery(query)}`, { method: "PUT", body: { version, layout: { positions, width, height } } }).catch(() => undefined);
}

export const viewListQuery = (q: string) =>
  queryOptions({
    queryKey: topologyKeys.viewList(q),
    queryFn: ({ signal }) => api<TPage<TSavedViewSummary>>(`/views${toQuery({ q, pageSize: 50, sort: "name" })}`, { signal }),
  });

export const viewQuery = (id: string) =>
  queryOptions({
    queryKey: topologyKeys.view(id),
    queryFn: ({ signal }) => api<TSavedView>(`/views/${encodeURIComponent(id)}`, { signal }),
  });
