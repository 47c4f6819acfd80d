// How much of a node the map draws, decided by what is on screen: how many nodes the view has and
// how tall one of them is in screen pixels (its height × zoom), not by the zoom alone.
//  - full: icon, name, tier, kind, layer, team — once the regular name text is readable;
//  - compact: the name alone, in large type, readable from much further out;
//  - boxes: coloured boxes without text, for big maps zoomed out: 1,000 of them pan at ~55 fps,
//    where text and shadows would not (README, Performance).
import { NODE_SIZE } from "./to-flow";

export type Detail = "full" | "compact" | "boxes";

/** Smallest readable text on screen, in pixels. */
export const READABLE_PX = 9.5;
/** The name's size in map units: in the full node (Tailwind text-sm), and drawn alone (compact). */
export const FULL_NAME_PX = 14;
export const COMPACT_NAME_PX = 24;
/** Above this many nodes a view is big: zoomed out it draws boxes, and it opens showing all of it. */
export const MANY_NODES = 300;
/** Below this on-screen node height (in pixels: 64 × 0.45, the zoom used before) a big map draws boxes. */
const BOX_SCREEN_HEIGHT = 28.8;

/** The zoom from which a compact node's name is readable: where a small map opens at the least. */
export const READABLE_ZOOM = READABLE_PX / COMPACT_NAME_PX;

export function levelOfDetail(zoom: number, nodeCount: number): Detail {
  if (FULL_NAME_PX * zoom >= READABLE_PX) return "full";
  if (nodeCount > MANY_NODES && NODE_SIZE.system.height * zoom < BOX_SCREEN_HEIGHT) return "boxes";
  return "compact";
}

/**
 * The least zoom a view opens at. A small map opens with names readable, centred, even if that
 * leaves its edges off screen (the overview in the corner shows the rest); a big one opens whole.
 */
export const openingMinZoom = (nodeCount: number): number | undefined => (nodeCount <= MANY_NODES ? READABLE_ZOOM : undefined);
