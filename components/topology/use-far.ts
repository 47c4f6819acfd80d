"use client";
import { useStore, type ReactFlowState } from "@xyflow/react";
import { levelOfDetail, type Detail } from "@/lib/topology/level-of-detail";

// Returns a string, so elements re-render only when the level changes, not on every zoom step.
const detailSelector = (s: ReactFlowState) => levelOfDetail(s.transform[2], s.nodeLookup.size);

/** How much nodes draw now (lib/topology/level-of-detail.ts). */
export function useDetail(): Detail {
  return useStore(detailSelector);
}

/**
 * Big map, zoomed out: plain boxes, and edges without extras. The canvas passes its own node count:
 * it renders before React Flow's store holds the nodes it is given, and counting the store's there
 * would hand React Flow every edge for one render (and index them all) before taking them back.
 */
export function useFar(nodeCount: number): boolean {
  return useStore((s: ReactFlowState) => levelOfDetail(s.transform[2], nodeCount)) === "boxes";
}
