// The xlsx writer and reader against each other, through real exceljs files.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableSheet } from "@/lib/interop/table-sheet";
import { readTableRecords } from "@/lib/interop/table-records";
import { readXlsx } from "./read-xlsx";
import { writeXlsx } from "./write-xlsx";

const systems = [
  { key: "erp", name: "=1+2", description: "'=kept\nsecond line", kind: "BUSINESS_APP", layer: "DATA", tier: 0, isThirdParty: true, tags: ["a", "b"], vendor: null },
  { key: "crm", name: "@SUM(A1)", description: "", kind: "SAAS", layer: "BUSINESS", tier: 3, isThirdParty: false, tags: [], vendor: "-Sales" },
];

describe("writeXlsx → readXlsx", () => {
  it("writes formula-looking text as string cells, never formulas, and reads every value back", async () => {
    const data = await writeXlsx({ sheet: tableSheet({ entity: "systems", records: systems, lang: "zh-CN" }), lang: "zh-CN" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    expect(ws.name).toBe("系统");
    expect(ws.getCell("B2").value).toBe("=1+2");
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const { rows } = await readXlsx({ data, file: "s.xlsx", entity: "systems", locale: "en" });
    const { records, problems } = readTableRecords({ entity: "systems", file: "s.xlsx", rows, locale: "en" });
    expect(problems).toEqual([]);
    expect(records.systems.map(({ key, name, description, vendor, tags, tier, isThirdParty }) => ({ key, name, description, vendor, tags, tier, isThirdParty })))
      .toEqual(systems.map(({ key, name, description, vendor, tags, tier, isThirdParty }) => ({ key, name, description, vendor, tags, tier, isThirdParty })));
  });

  it("reads the sheet named for the entity, a formula by its value, and reports one without a value", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("notes").addRow(["not this one"]);
    const ws = book.addWorksheet("Systems");
    ws.addRow(["Key", "Tier", "Name"]);
    ws.addRow(["erp", { formula: "1+1", result: 2 }, { richText: [{ text: "E" }, { text: "RP" }] }]);
    ws.addRow(["crm", { formula: "1+2" }, "CRM"]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const { rows } = await readXlsx({ data, file: "s.xlsx", entity: "systems", locale: "en" });
    const { records, problems } = readTableRecords({ entity: "systems", file: "s.xlsx", rows, locale: "en" });
    expect(records.systems).toEqual([{ key: "erp", tier: 2, name: "ERP", origin: { file: "s.xlsx", line: 2 } }]);
    expect(problems).toMatchObject([{ key: "crm", field: "Tier", line: 3, message: expect.stringContaining("formula") }]);
  });

  it("refuses bytes that are not a workbook with a problem, not an exception", async () => {
    const { rows, problems } = await readXlsx({ data: Buffer.from("Key,Name\n"), file: "s.xlsx", entity: "systems", locale: "en" });
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ message: "Not readable as an Excel workbook (.xlsx)", file: "s.xlsx" }]);
  });
});
