import { describe, expect, it } from "vitest";
import { countLabel } from "./count-label";

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

  it("fills other placeholders too", () => {
    expect(countLabel("en", 3, { one: "{count} of {total}", other: "{count} of {total}" }, { total: 9 })).toBe("3 of 9");
  });
});
