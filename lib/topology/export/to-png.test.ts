import { describe, expect, it } from "vitest";
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSize } from "./to-png";

describe("pngSize", () => {
  it("scales an ordinary map as asked", () => {
    expect(pngSize(1200, 800, 2)).toEqual({ width: 2400, height: 1600, scale: 2 });
  });

  it("reduces the scale so the longest side stays within the browser's limit", () => {
    const size = pngSize(12_000, 900, 2);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.width).toBeGreaterThan(MAX_CANVAS_SIDE - 2);
    expect(size.height / size.width).toBeCloseTo(900 / 12_000, 3);
  });

  it("reduces the scale so the area stays within the browser's limit", () => {
    const size = pngSize(12_000, 12_000, 2);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(size.width).toBe(size.height);
  });

  it("never returns an empty canvas", () => {
    expect(pngSize(0, 0, 2)).toMatchObject({ width: 2, height: 2 });
    expect(pngSize(1_000_000, 1, 1).height).toBeGreaterThanOrEqual(1);
  });
});
