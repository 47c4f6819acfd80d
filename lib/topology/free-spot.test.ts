import { describe, expect, it } from "vitest";
import { findFreeSpot } from "./free-spot";

const size = { width: 220, height: 64 };

describe("placing a new system on the canvas", () => {
  it("uses the centre of the view when it is free", () => {
    expect(findFreeSpot([], { x: 500, y: 300 }, size)).toEqual({ x: 390, y: 268 });
  });

  it("moves next to a node that sits in the centre, without covering any node", () => {
    const boxes = [
      { x: 390, y: 268, ...size },
      { x: 390, y: 372, ...size },
    ];
    const spot = findFreeSpot(boxes, { x: 500, y: 300 }, size);
    for (const b of boxes) {
      const apart = spot.x >= b.x + b.width || b.x >= spot.x + size.width || spot.y >= b.y + b.height || b.y >= spot.y + size.height;
      expect(apart).toBe(true);
    }
    expect(Math.hypot(spot.x - 390, spot.y - 268)).toBeLessThan(400);
  });
});
