// Query keys for the map: the topology responses and saved views. Catalog writes made from the
// canvas invalidate `topologyKeys.all` as well as the catalog's own keys.
export const topologyKeys = {
  all: ["topology"] as const,
  maps: () => [...topologyKeys.all, "map"] as const,
  map: (query: Record<string, string>) => [...topologyKeys.maps(), query] as const,
  views: () => [...topologyKeys.all, "views"] as const,
  viewList: (q: string) => [...topologyKeys.views(), "list", { q }] as const,
  view: (id: string) => [...topologyKeys.views(), "detail", id] as const,
};
