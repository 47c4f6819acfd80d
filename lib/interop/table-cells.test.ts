import { describe, expect, it } from "vitest";
import { formatCell, guardApostrophe, guardFormula, parseCell, unguardFormula } from "./table-cells";
import type { TCellKind } from "./table-columns";
import { SYSTEM_KINDS } from "@/lib/schemas/enums";

const kind: TCellKind = { type: "enum", values: SYSTEM_KINDS, labels: "SystemKind" };

describe("parseCell", () => {
  it("reads an enum by code, by English or Chinese label, in any case and spacing", () => {
    for (const cell of ["BUSINESS_APP", "business_app", "business app", "Business application", "  business   APPLICATION ", "业务应用"]) {
      expect(parseCell(kind, cell, "en")).toEqual({ value: "BUSINESS_APP" });
    }
    expect(parseCell({ type: "enum", values: ["PRESENTATION"], labels: "Layer" }, "业务逻辑层", "en")).toEqual({ value: "BUSINESS" });
  });

  it("refuses an unknown enum value, naming the codes, in the caller's language", () => {
    const en = parseCell(kind, "mainframe", "en");
    expect(en).toMatchObject({ error: expect.stringContaining("BUSINESS_APP, DATA_PLATFORM") });
    expect(parseCell(kind, "大型机", "zh-CN")).toMatchObject({ error: expect.stringContaining("无法识别") });
  });

  it("reads tiers as digits, spreadsheet numbers and labels", () => {
    const tier: TCellKind = { type: "tier" };
    expect(parseCell(tier, "0", "en")).toEqual({ value: 0 });
    expect(parseCell(tier, "2.0", "en")).toEqual({ value: 2 });
    expect(parseCell(tier, "Tier 1 · critical", "en")).toEqual({ value: 1 });
    expect(parseCell(tier, "tier 3", "en")).toEqual({ value: 3 });
    expect(parseCell(tier, "2 级 · 重要", "en")).toEqual({ value: 2 });
    expect(parseCell(tier, "1 级", "en")).toEqual({ value: 1 });
    expect(parseCell(tier, "4", "en")).toHaveProperty("error");
    expect(parseCell(tier, "high", "en")).toHaveProperty("error");
  });

  it("reads booleans in English and Chinese", () => {
    const b: TCellKind = { type: "boolean" };
    for (const yes of ["yes", "YES", "true", "是", "1"]) expect(parseCell(b, yes, "en")).toEqual({ value: true });
    for (const no of ["no", "False", "否", "0"]) expect(parseCell(b, no, "en")).toEqual({ value: false });
    expect(parseCell(b, "maybe", "en")).toHaveProperty("error");
  });

  it("splits lists on ; and the full-width ；, dropping blanks", () => {
    expect(parseCell({ type: "list" }, " pci; eu-west ;；gdpr ", "en")).toEqual({ value: ["pci", "eu-west", "gdpr"] });
    expect(parseCell({ type: "list" }, "", "en")).toEqual({ value: [] });
  });

  it("reads members with an optional (lead) or (负责人)", () => {
    expect(parseCell({ type: "members" }, "a@x.com (lead); b@x.com；c@x.com（负责人）", "en")).toEqual({
      value: [
        { email: "a@x.com", role: "LEAD" },
        { email: "b@x.com", role: "MEMBER" },
        { email: "c@x.com", role: "LEAD" },
      ],
    });
    expect(parseCell({ type: "members" }, "a@x.com (boss)", "en")).toHaveProperty("error");
  });

  it("gives an empty cell the column's meaning: keep, clear, or empty list", () => {
    expect(parseCell({ type: "text", empty: "omit" }, "  ", "en")).toEqual({ omit: true });
    expect(parseCell({ type: "text", empty: "null" }, "", "en")).toEqual({ value: null });
    expect(parseCell({ type: "tier" }, "", "en")).toEqual({ omit: true });
    expect(parseCell({ type: "multiline" }, "", "en")).toEqual({ value: "" });
  });
});

describe("formatCell", () => {
  it("writes the language's yes/no, lists with ; and leads marked", () => {
    expect(formatCell({ type: "boolean" }, true, "en")).toBe("yes");
    expect(formatCell({ type: "boolean" }, false, "zh-CN")).toBe("否");
    expect(formatCell({ type: "list" }, ["a", "b"], "en")).toBe("a; b");
    expect(formatCell({ type: "members" }, [{ email: "a@x.com", role: "LEAD" }, { email: "b@x.com", role: "MEMBER" }], "zh-CN"))
      .toBe("a@x.com (负责人); b@x.com");
    expect(formatCell({ type: "tier" }, 1, "en")).toBe(1);
    expect(formatCell({ type: "text", empty: "null" }, null, "en")).toBe("");
  });

  it("round-trips every cell kind through parseCell", () => {
    const cases: [TCellKind, unknown][] = [
      [kind, "MESSAGE_BROKER"],
      [{ type: "tier" }, 0],
      [{ type: "boolean" }, false],
      [{ type: "list" }, ["x", "y z"]],
      [{ type: "members" }, [{ email: "a@x.com", role: "LEAD" }]],
    ];
    for (const lang of ["en", "zh-CN"] as const) {
      for (const [k, v] of cases) expect(parseCell(k, String(formatCell(k, v, lang)), "en")).toEqual({ value: v });
    }
  });
});

describe("formula guard (OWASP CSV injection)", () => {
  it("puts a ' before text a spreadsheet would run, and the import takes exactly that one away", () => {
    for (const text of ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\")"]) {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
  });

  it("leaves other text alone, including a leading ' that guards nothing", () => {
    for (const text of ["payments", "'quoted'", "'", "a=b", "", "订单"]) {
      expect(guardFormula(text)).toBe(text);
      expect(unguardFormula(text)).toBe(text);
    }
  });

  it("keeps a value that itself starts with ' before a formula character", () => {
    expect(guardFormula("'=x")).toBe("''=x");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(guardApostrophe("'=x")).toBe("''=x");
    expect(unguardFormula(guardApostrophe("'=x"))).toBe("'=x");
  });

  it("xlsx keeps a formula-looking text as it is (its cells are strings, never formulas)", () => {
    expect(guardApostrophe("=1+2")).toBe("=1+2");
    expect(unguardFormula(guardApostrophe("=1+2"))).toBe("=1+2");
  });
});
