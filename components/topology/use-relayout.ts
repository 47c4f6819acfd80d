"use client";
import { useCallback } from "react";
import { useReactFlow } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { emphasizeNodes, type Reach } from "@/lib/topology/emphasis";
import type { MapEdge, MapNode } from "@/lib/topology/to-flow";
import { errorMessage } from "@/components/catalog/error-message";
import { positionsOf } from "./save-positions";
import { fitOptions } from "./fit-view";
import type { MapEdits } from "./use-map-edits";

type Options = {
  layoutAll: (nodes: MapNode[], edges: MapEdge[]) => Promise<MapNode[]>;
  setNodes: (nodes: MapNode[]) => void;
  reach: Reach | null;
  /** Saves the new positions for everyone (writers, without lanes: lanes place nodes by themselves). */
  save: boolean;
  edits: MapEdits;
  onNotice: (text: string) => void;
};

/** "Re-layout": the automatic layout for every node on the canvas, saved as an undoable move. */
export function useRelayout({ layoutAll, setNodes, reach, save, edits, onNotice }: Options) {
  const { m } = useI18n();
  const flow = useReactFlow<MapNode, MapEdge>();
  return useCallback(async () => {
    const current = flow.getNodes().filter((n) => n.type !== "lane");
    try {
      const placed = await layoutAll(current, flow.getEdges());
      setNodes(emphasizeNodes(placed, reach));
      setTimeout(() => void flow.fitView(fitOptions({ duration: 200 })), 50);
      if (save) await edits.relaidOut(positionsOf(current), positionsOf(placed));
    } catch (e) {
      if (e instanceof Error && e.name === "AbortError") return;
      onNotice(errorMessage(e, m));
    }
  }, [flow, layoutAll, setNodes, reach, save, edits, onNotice, m]);
}
