// Where each layer's column starts, left to right: as wide as its widest node, then a fixed gap.
// A fixed gap (rather than ELK's, which widens with the slope of the edges it routes) keeps a
// 1,000-system map less than half as wide, and the edges React Flow draws do not need more.

/** Horizontal gap between two layers' columns: room for the edges' curves and arrowheads. */
export const LAYER_GAP = 160;

export type Columns = {
  /** start[l]: left edge of layer l's column (0..max layer of `members`). */
  start: number[];
  /** size[l]: its width, 0 when no member is in layer l. */
  size: number[];
  /** From the first column's left edge to the last one's right edge. */
  width: number;
};

/** The columns of the nodes in `members` (the others are ignored). */
export function columnStarts(members: readonly number[], layer: Int32Array, width: readonly number[]): Columns {
  let layers = 0;
  for (const v of members) layers = Math.max(layers, layer[v] + 1);
  const columnWidth = new Array<number>(layers).fill(0);
  for (const v of members) columnWidth[layer[v]] = Math.max(columnWidth[layer[v]], width[v]);
  const start: number[] = [];
  let x = 0;
  for (let l = 0; l < layers; l++) {
    start.push(x);
    if (columnWidth[l] > 0) x += columnWidth[l] + LAYER_GAP;
  }
  return { start, size: columnWidth, width: Math.max(0, x - LAYER_GAP) };
}
