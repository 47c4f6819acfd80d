import { describe, expect, it } from "vitest";
import { countLabel, fmt, formatDate, formatNumber, formatPercent } from "./format";

const hops = { one: "{count} hop", other: "{count} hops" };

describe("countLabel", () => {
  it("uses the singular for one and the plural otherwise in English", () => {
    expect(countLabel("en", 1, hops)).toBe("1 hop");
    expect(countLabel("en", 2, hops)).toBe("2 hops");
    expect(countLabel("en", 0, hops)).toBe("0 hops");
  });

  it("uses the other form for every count in Chinese", () => {
    const zh = { one: "{count} 跳（单数）", other: "{count} 跳" };
    expect(countLabel("zh-CN", 1, zh)).toBe("1 跳");
    expect(countLabel("zh-CN", 5, zh)).toBe("5 跳");
  });

  it("writes the count as the locale writes numbers", () => {
    expect(countLabel("en", 1234, hops)).toBe("1,234 hops");
  });

  it("fills other placeholders too", () => {
    expect(countLabel("en", 3, { one: "{count} of {total}", other: "{count} of {total}" }, { total: 9 })).toBe("3 of 9");
  });
});

describe("numbers and dates per locale", () => {
  it("groups digits as each locale does", () => {
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234.5, "de")).toBe("1.234,5");
  });

  it("writes a share as a whole percentage in the locale's way", () => {
    expect(formatPercent(0.6667, "en")).toBe("67%");
    expect(formatPercent(1, "zh-CN")).toBe("100%");
    expect(formatPercent(0.5, "fr")).toBe("50\u00a0%");
  });

  it("names the day in the locale's words and order", () => {
    const day = "2026-12-04T12:00:00Z";
    expect(formatDate(day, "en")).toBe("Dec 4, 2026");
    expect(formatDate(day, "zh-CN")).toBe("2026年12月4日");
  });

  it("leaves unknown placeholders for the reader to see", () => {
    expect(fmt("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
