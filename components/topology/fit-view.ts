import type { FitViewOptions } from "@xyflow/react";
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
