// Input and output of the topology map's automatic layout, and the messages the layout worker
// speaks. The schema guards the worker boundary (a message is structured-cloned, not type-checked).
import { z } from "zod";

export const ZLayoutInput = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      width: z.number().positive(),
      height: z.number().positive(),
      /** Swimlane id (team, layer…); see `groups`. */
      group: z.string().nullish(),
    }),
  ),
  /** Directed provider → consumer. Unknown ends and self-loops are ignored, duplicates are fine. */
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string() })),
  /**
   * Lanes, top to bottom. Passing `groups` (or any node with a `group`) switches to the swimlane
   * layout: one full-width horizontal band per group that has nodes (empty groups get none). A
   * group id missing from this list gets its own lane after the listed ones; nodes without a group
   * share the last lane, UNGROUPED_LANE_ID.
   */
  groups: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
});
export type LayoutInput = z.infer<typeof ZLayoutInput>;

export type LayoutRect = { id: string; x: number; y: number; width: number; height: number };

export type LayoutResult = {
  /** Node TOP-LEFT corners in absolute coordinates (React Flow's convention), from (0, 0). */
  positions: Record<string, { x: number; y: number }>;
  /** One rectangle per non-empty lane, top to bottom; empty when not grouped. */
  groups: LayoutRect[];
  width: number;
  height: number;
};

/**
 * Bump when a change to the layout code places nodes differently: layouts stored on the server
 * (PUT /api/v1/topology/layout) by the previous version are then no longer served.
 */
export const LAYOUT_ALGORITHM_VERSION = 2; // 2: within-layer order by our own sweeps instead of ELK

/** The lane of nodes without a group, when the layout is grouped. */
export const UNGROUPED_LANE_ID = "__ungrouped__";

export type LayoutRequest = { requestId: number; input: LayoutInput };
export type LayoutResponse = { requestId: number; result: LayoutResult } | { requestId: number; error: string };
