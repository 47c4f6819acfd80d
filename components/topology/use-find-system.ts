"use client";
import { useCallback, useEffect, useState } from "react";
import { useReactFlow } from "@xyflow/react";
import type { MapEdge, MapNode } from "@/lib/topology/to-flow";
import type { TopologyViewState } from "@/lib/topology/view-state";
import type { TRef } from "@/components/catalog/types";
import type { PanelState } from "./map-panel";
import type { SetViewState } from "./use-view-state";

type Options = {
  nodes: MapNode[];
  setNodes: (update: (nodes: MapNode[]) => MapNode[]) => void;
  state: TopologyViewState;
  setState: SetViewState;
  setPanel: (panel: PanelState) => void;
};

/**
 * Search on the map: the system found is selected, centred and opened in the panel once it is on
 * the canvas — after switching to its neighbourhood when this view does not draw it.
 */
export function useFindSystem({ nodes, setNodes, state, setState, setPanel }: Options) {
  const flow = useReactFlow<MapNode, MapEdge>();
  const [selectRequest, setSelectRequest] = useState<string | null>(null);

  useEffect(() => {
    if (!selectRequest) return;
    const node = nodes.find((n) => n.id === selectRequest);
    // Waits for the system to arrive on the canvas (a focus view may have to load first).
    if (!node) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSelectRequest(null);
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === node.id) ? n : { ...n, selected: n.id === node.id })));
    void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: 1.1, duration: 400 });
    setPanel({ type: "system", id: node.id });
  }, [selectRequest, nodes, setNodes, flow, setPanel]);

  return useCallback((system: TRef) => {
    if (!nodes.some((n) => n.id === system.id)) setState({ ...state, focus: system.id, groupBy: null });
    setSelectRequest(system.id);
  }, [nodes, state, setState]);
}
