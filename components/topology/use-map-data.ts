"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import type { TTopology } from "@/lib/schemas/topology";
import { toFlowEdges, toFlowNodes, type MapEdge, type MapNode } from "@/lib/topology/to-flow";
import { placeNodes, savedPositions, toLayoutInput } from "@/lib/topology/place-nodes";
import { toTopologyQuery, type TopologyViewState } from "@/lib/topology/view-state";
import { shareLayout, topologyQuery } from "@/lib/queries/topology";
import { useLayoutClient } from "./use-layout-client";

type ViewPosition = { systemId: string; x: number; y: number };
type Position = { x: number; y: number };

/**
 * `key` names the view the nodes were placed for (a refetch of the same view keeps it); `saved`
 * holds the positions placing went by: shared ones, overridden by a saved view's own.
 */
export type PlacedMap = { topology: TTopology; nodes: MapNode[]; edges: MapEdge[]; key: string; saved: Map<string, Position> };

type ViewOptions = {
  /** A saved view's own layout. */
  positions: ViewPosition[] | null;
  /** Until a saved view's definition is known, there is nothing to ask for. */
  pending: boolean;
  /** Whether a layout computed here is stored for everyone (PUT /topology/layout: writers only). */
  share: boolean;
};

/**
 * The map for a view state: one GET /topology, then positions — saved ones where they exist, the
 * layered layout for the rest: the one the server keeps for this view and estate version if any,
 * else the worker's, then shared (or the worker's for everything, on "re-layout").
 */
export function useMapData(state: TopologyViewState, view: ViewOptions) {
  const { m } = useI18n();
  const query = useMemo(() => toTopologyQuery(state), [state]);
  const topology = useQuery({ ...topologyQuery(query), placeholderData: keepPreviousData, enabled: !view.pending });
  const client = useLayoutClient();
  const [placed, setPlaced] = useState<PlacedMap | null>(null);
  // Which response the last layout failure was for: a new response clears it by itself.
  const [failed, setFailed] = useState<{ data: TTopology; error: Error } | null>(null);

  const data = topology.data;
  const placeholder = topology.isPlaceholderData;
  const viewPositions = view.positions;
  const waitForView = view.pending;
  const share = view.share;
  const { lanes } = state;
  const labels = useMemo(() => ({
    layer: (v: string) => m.enums.Layer[v as keyof typeof m.enums.Layer] ?? v,
    team: (id: string | null) => (id ? (data?.teams.find((t) => t.id === id)?.name ?? id) : m.topology.group.noTeam),
  }), [m, data]);

  useEffect(() => {
    if (!client || !data || waitForView || placeholder) return;
    let current = true;
    const key = `${JSON.stringify(query)}|${lanes ?? ""}|${viewPositions ? "view" : ""}`;
    const nodes = toFlowNodes(data);
    const edges = toFlowEdges(data);
    const saved = savedPositions(data.nodes, viewPositions);
    const input = toLayoutInput(nodes, edges, lanes, labels);
    // Marks for the browser benchmark (scripts/lib/bench-map-browser.ts): where the time goes.
    performance.mark("junction:map-data");
    const done = (result: Parameters<typeof placeNodes>[0]["layout"]) => {
      if (!current) return;
      performance.mark("junction:map-placed");
      setPlaced({ topology: data, nodes: placeNodes({ nodes, layout: result, saved, lanes, input }), edges, key, saved });
    };
    // Everything already placed by hand: no layout to wait for. Lanes are the page's own: their
    // layout is always computed here, never stored.
    const allSaved = !lanes && nodes.length > 0 && nodes.every((n) => saved.has(n.id));
    const layout = allSaved ? Promise.resolve({ positions: {}, groups: [], width: 0, height: 0 })
      : !lanes && data.layout ? Promise.resolve({ ...data.layout, groups: [] })
      : client.layout(input).then((result) => {
        if (share && !lanes) shareLayout(query, data.version, result);
        return result;
      });
    layout.then(done, (error: Error) => {
      if (current && error.name !== "AbortError") setFailed({ data, error });
    });
    return () => { current = false; };
    // `query` is read for the key and for sharing only: `data` changes whenever the query does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, data, placeholder, lanes, labels, viewPositions, waitForView, share]);

  /** Positions for the given nodes from the layout alone (saved ones ignored): "re-layout". */
  const layoutAll = useCallback(async (nodes: MapNode[], edges: MapEdge[]) => {
    if (!client) throw new Error("The layout worker is not ready");
    const input = toLayoutInput(nodes, edges, lanes, labels);
    const result = await client.layout(input);
    return placeNodes({ nodes, layout: result, saved: new Map(), lanes, input });
  }, [client, lanes, labels]);

  return {
    topology,
    placed, layoutAll,
    layoutError: failed && failed.data === data ? failed.error : null,
    laying: !!data && !placeholder && placed?.topology !== data && failed?.data !== data,
  };
}
