import { describe, expect, it } from "vitest";
import { formatAgo, formatDuration } from "./relative-time";

describe("formatAgo", () => {
  const now = Date.parse("2026-12-04T12:00:00Z");
  it("says how long ago in the largest whole unit, in both languages", () => {
    expect(formatAgo("2026-12-04T09:00:00Z", "en", now)).toBe("3 hours ago");
    expect(formatAgo("2026-12-04T11:59:30Z", "en", now)).toBe("30 seconds ago");
    expect(formatAgo("2026-12-02T12:00:00Z", "zh-CN", now)).toBe("前天");
    expect(formatAgo("2026-12-04T11:55:00Z", "zh-CN", now)).toBe("5分钟前");
  });
});

describe("formatDuration", () => {
  it("keeps the two largest units", () => {
    expect(formatDuration(80 * 60_000, "en")).toBe("1h 20m");
    expect(formatDuration(45_000, "en")).toBe("45s");
    expect(formatDuration(0, "en")).toBe("0s");
    expect(formatDuration(26 * 3_600_000 + 5 * 60_000, "en")).toBe("1d 2h");
    expect(formatDuration(3_600_000 + 30_000, "en")).toBe("1h");
  });
});
