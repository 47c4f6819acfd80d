import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { daysLeft, dueLabel, scopeSummary } from "./initiative-words";

const en = MESSAGES.en;

describe("an initiative's scope in words", () => {
  it("says 'all' for an empty scope", () => {
    expect(scopeSummary({ appliesTo: "INTERFACE", scope: {} }, en, "en")).toBe("All interfaces");
    expect(scopeSummary({ appliesTo: "SYSTEM", scope: {} }, MESSAGES["zh-CN"], "zh-CN")).toBe("全部系统");
  });

  it("names tiers, counts teams and the other conditions", () => {
    expect(scopeSummary({ appliesTo: "INTERFACE", scope: { tiers: [1, 0], teamIds: ["a"], styles: ["REST"], layers: ["DATA"] } }, en, "en"))
      .toBe("Interfaces · tier 0, 1 · 1 team · 2 more conditions");
  });
});

describe("the time left to a deadline", () => {
  const now = new Date("2027-03-01T18:00:00Z");
  it("counts whole days from today", () => {
    expect(daysLeft("2027-03-31", now)).toBe(30);
    expect(dueLabel("2027-03-02", en, "en", now)).toBe("1 day left");
    expect(dueLabel("2027-03-31", en, "en", now)).toBe("30 days left");
  });

  it("says today and passed", () => {
    expect(dueLabel("2027-03-01", en, "en", now)).toBe("Due today");
    expect(dueLabel("2027-02-28", en, "en", now)).toBe("Deadline passed");
  });
});
