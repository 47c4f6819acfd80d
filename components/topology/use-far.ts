"use client";
import { useStore } from "@xyflow/react";

/** Below this zoom text is unreadable: nodes draw as plain boxes and edges without extras. */
export const FAR_ZOOM = 0.45;

const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

/**
 * Level of detail for big maps. A boolean selector, so elements re-render only when the zoom
 * crosses the threshold, not on every zoom step.
 */
export function useFar(): boolean {
  return useStore(farSelector);
}
