import { describe, expect, it } from "vitest";
import { levelOfDetail, openingMinZoom, READABLE_PX, READABLE_ZOOM, COMPACT_NAME_PX } from "./level-of-detail";

describe("level of detail on the map", () => {
  it("draws full nodes once their regular name text is readable, whatever the map's size", () => {
    expect(levelOfDetail(1, 68)).toBe("full");
    expect(levelOfDetail(0.7, 1000)).toBe("full");
  });

  it("keeps names on a small map zoomed out, and readable from the zoom it opens at", () => {
    expect(levelOfDetail(0.3, 68)).toBe("compact");
    expect(levelOfDetail(0.05, 300)).toBe("compact");
    expect(COMPACT_NAME_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(READABLE_PX);
    expect(levelOfDetail(READABLE_ZOOM, 68)).toBe("compact");
  });

  it("draws a big map zoomed out as boxes, as before (below zoom 0.45), for panning speed", () => {
    expect(levelOfDetail(0.1, 1000)).toBe("boxes");
    expect(levelOfDetail(0.44, 301)).toBe("boxes");
    expect(levelOfDetail(0.46, 1000)).toBe("compact");
  });

  it("opens small maps no further out than readable, big ones whole", () => {
    expect(openingMinZoom(68)).toBe(READABLE_ZOOM);
    expect(openingMinZoom(1000)).toBeUndefined();
  });
});
