import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvFileName, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("payments")).toBe("payments");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(1.5)).toBe("1.5");
    expect(csvField(true)).toBe("true");
  });

  it("writes null and undefined as empty fields", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
  });

  it("passes Chinese through unchanged", () => {
    expect(csvField("支付团队")).toBe("支付团队");
    expect(csvField("订单，支付")).toBe("订单，支付"); // a full-width comma is not a separator
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvField("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-x")).toBe("'-x");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, separates rows with CRLF and ends with one", () => {
    const csv = toCsv(["Team", "Load"], [["Payments, EU", 12.5], ["支付", null]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Team,Load\r\n"Payments, EU",12.5\r\n支付,\r\n');
  });

  it("writes the header alone for no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe(`${CSV_BOM}A,B\r\n`);
  });
});

describe("csvFileName", () => {
  it("slugs the name and dates it", () => {
    expect(csvFileName("Teams by load", new Date("2026-11-23T10:00:00Z"))).toBe("teams-by-load-2026-11-23.csv");
    expect(csvFileName("负载", new Date("2026-11-23T10:00:00Z"))).toBe("export-2026-11-23.csv");
  });
});
