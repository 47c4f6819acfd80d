// Where a system created from the canvas goes: where the user is looking, or the nearest place
// next to it that does not cover another node (so its handles stay reachable for connecting).
export type Box = { x: number; y: number; width: number; height: number };

const GAP = 40;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** The top-left corner for `size` centred on `centre`, moved to the first free spot around it. */
export function findFreeSpot(boxes: Box[], centre: { x: number; y: number }, size: { width: number; height: number }) {
  const start = { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) };
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  // Rings of candidates around the start, nearest ring first: below, right, above, left.
  for (let ring = 0; ring <= 30; ring++) {
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [[i, ring], [ring, i], [i, -ring], [-ring, i]]) {
        const spot = { x: start.x + dx * stepX, y: start.y + dy * stepY, ...size };
        if (!boxes.some((b) => overlaps(spot, b))) return { x: spot.x, y: spot.y };
      }
    }
  }
  return start;
}
