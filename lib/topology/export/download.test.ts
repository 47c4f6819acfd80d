import { describe, expect, it } from "vitest";
import { exportFilename } from "./download";

const day = new Date(2026, 10, 23, 23, 59); // local time: 23 November 2026

describe("exportFilename", () => {
  it("slugifies the base and appends the local date and extension", () => {
    expect(exportFilename("Junction map", "svg", day)).toBe("junction-map-2026-11-23.svg");
    expect(exportFilename("  Café / Orders: v2!  ", ".PNG", day)).toBe("cafe-orders-v2-2026-11-23.png");
  });

  it("keeps letters of other scripts", () => {
    expect(exportFilename("支付 系统地图", "mmd", day)).toBe("支付-系统地图-2026-11-23.mmd");
    // Composed as typed: Hangul not left decomposed into jamo, Japanese voicing marks not dropped.
    expect(exportFilename("한국어 지도", "svg", day)).toBe("한국어-지도-2026-11-23.svg");
    expect(exportFilename("ガイド", "svg", day)).toBe("ガイド-2026-11-23.svg");
  });

  it("falls back to a name when nothing usable is left, and bounds the length", () => {
    expect(exportFilename("///", "dot", day)).toBe("export-2026-11-23.dot");
    const long = exportFilename("x".repeat(500), "svg", day);
    expect(long.length).toBeLessThanOrEqual(80 + "-2026-11-23.svg".length);
  });
});
