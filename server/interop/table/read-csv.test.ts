import { describe, expect, it } from "vitest";
import { readCsv, sniffDelimiter } from "./read-csv";

const read = (data: Buffer | string) => readCsv({ data, file: "f.csv", entity: "systems", locale: "en" });

describe("sniffDelimiter", () => {
  it("takes the separator the header line uses most, ignoring quoted text", () => {
    expect(sniffDelimiter("Key,Name,Kind\na;b;c;d;e")).toBe(",");
    expect(sniffDelimiter("Key;Name;\"a,b,c,d\"\n")).toBe(";");
    expect(sniffDelimiter("Key\tName\tKind")).toBe("\t");
    expect(sniffDelimiter("Key")).toBe(",");
  });
});

describe("readCsv", () => {
  it("numbers rows as a spreadsheet does, with quoted line breaks inside one row", () => {
    const { rows, problems } = read('\uFEFFKey,Description\r\nerp,"two\r\nlines"\r\n\r\ncrm,"say ""hi"""\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ["Key", "Description"] },
      { line: 2, cells: ["erp", "two\r\nlines"] },
      { line: 3, cells: [""] },
      { line: 4, cells: ["crm", 'say "hi"'] },
    ]);
  });

  it("reads UTF-8 bytes with a BOM, and UTF-16 (Excel's Unicode text) by its BOM", () => {
    expect(read(Buffer.from("\uFEFF标识;名称\n订单;服务", "utf8")).rows[1].cells).toEqual(["订单", "服务"]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Key\tName\nerp\tERP", "utf16le")]);
    expect(read(utf16).rows).toEqual([{ line: 1, cells: ["Key", "Name"] }, { line: 2, cells: ["erp", "ERP"] }]);
  });

  it("says a GBK file is not UTF-8 instead of garbling it", () => {
    const gbk = Buffer.from([0xb1, 0xea, 0xca, 0xb6, 0x2c, 0x41, 0x0a]); // 标识,A in GBK
    expect(read(gbk)).toEqual({
      rows: [],
      problems: [{ entity: "systems", key: null, field: null, message: expect.stringContaining("not UTF-8"), file: "f.csv", line: null }],
    });
  });

  it("reports a broken quote with its line", () => {
    const { rows, problems } = read('Key,Name\nerp,"unclosed\n');
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ message: expect.stringContaining("Not readable as CSV"), line: expect.any(Number) }]);
  });
});
