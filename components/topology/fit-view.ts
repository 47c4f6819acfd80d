import { getNodesBounds, getViewportForBounds, type FitViewOptions, type Viewport } from "@xyflow/react";
import type { MapNode } from "@/lib/topology/to-flow";

export const MAX_FIT_ZOOM = 1.2;

/**
 * How every fit of the map is made. `includeHiddenNodes`: with onlyRenderVisibleElements, a node
 * that has never been on screen has no measured size, and React Flow's fit would silently leave it
 * out (a new system placed beside the view, the far end of an impact, a whole re-laid-out map);
 * our nodes declare their size, which it then uses. The zoom cap keeps a one- or two-node view
 * readable instead of blown up to the 2× maximum.
 */
export const FIT_VIEW: FitViewOptions<MapNode> = { padding: 0.1, maxZoom: MAX_FIT_ZOOM, includeHiddenNodes: true };

export const fitOptions = (options: FitViewOptions<MapNode> = {}): FitViewOptions<MapNode> => ({ ...FIT_VIEW, ...options });

type Pane = { width: number; height: number; minZoom: number; maxZoom: number };

/**
 * The viewport a fit of `nodes` ends at, computed from their declared boxes before React Flow has
 * them. Set before a new view's nodes are handed over, their first render is already at the zoom
 * they are seen at: a big map's first render is then its 1,000 plain boxes, not 1,000 detailed
 * nodes (≈27,000 elements) built at the previous zoom and thrown away when the fit lands.
 */
export function fittedViewport(nodes: MapNode[], pane: Pane, options: FitViewOptions<MapNode> = {}): Viewport | null {
  if (!nodes.length || !pane.width || !pane.height) return null;
  const fit = fitOptions(options);
  // As React Flow's own fit computes it (@xyflow/system fitViewport), so its later fit stays put.
  return getViewportForBounds(getNodesBounds(nodes), pane.width, pane.height, fit.minZoom ?? pane.minZoom, fit.maxZoom ?? pane.maxZoom, fit.padding ?? 0.1);
}
