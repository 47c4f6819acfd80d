import { describe, expect, it } from "vitest";
import { formatDuration, relativeTime } from "./relative-time";

const now = Date.UTC(2026, 11, 4, 12, 0, 0);

describe("relativeTime", () => {
  it("says how long ago in the largest whole unit, in either locale", () => {
    expect(relativeTime(new Date(now - 5 * 60_000), "en", now)).toBe("5 minutes ago");
    expect(relativeTime(new Date(now - 26 * 3_600_000), "en", now)).toBe("yesterday");
    expect(relativeTime(new Date(now - 3 * 3_600_000), "zh-CN", now)).toBe("3小时前");
    expect(relativeTime(new Date(now), "en", now)).toBe("now");
  });
});

describe("formatDuration", () => {
  it("keeps the two largest adjacent units", () => {
    expect(formatDuration(80 * 60_000, "en")).toBe("1h 20m");
    expect(formatDuration(45_000, "en")).toBe("45s");
    expect(formatDuration(0, "en")).toBe("0s");
    expect(formatDuration(26 * 3_600_000 + 5 * 60_000, "en")).toBe("1d 2h");
    expect(formatDuration(3_600_000 + 30_000, "en")).toBe("1h");
  });
});
