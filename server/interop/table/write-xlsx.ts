import "server-only";
// A sheet as an Excel workbook: the header row bold and frozen, a drop-down on the enum and yes/no
// columns (codes only as a hint: labels are accepted too, so the list does not refuse them), and
// every text cell a typed string — Excel never runs a string cell as a formula, so no ' is needed
// except to keep a value that itself starts with ' and a formula character (see guardApostrophe).
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/schemas/enums";
import { SHEET_NAMES, TABLE_COLUMNS, type TTableColumn } from "@/lib/interop/table-columns";
import { guardApostrophe } from "@/lib/interop/table-cells";
import type { TTableSheet } from "@/lib/interop/table-sheet";

/** Rows the drop-downs reach below the data, for rows a person adds. */
const SPARE_ROWS = 1_000;

function choices(column: TTableColumn, lang: TLocale): string[] | null {
  if (column.kind.type === "enum") return [...column.kind.values];
  if (column.kind.type === "tier") return ["0", "1", "2", "3"];
  if (column.kind.type === "boolean") return lang === "zh-CN" ? ["是", "否"] : ["yes", "no"];
  return null;
}

export type WriteXlsxOptions = { sheet: TTableSheet; lang: TLocale };

export async function writeXlsx(o: WriteXlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Junction";
  const names = SHEET_NAMES[o.sheet.entity];
  const ws = workbook.addWorksheet(o.lang === "zh-CN" ? names.zh : names.en, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(o.sheet.header).font = { bold: true };
  for (const row of o.sheet.rows) ws.addRow(row.map((c) => (typeof c === "string" ? guardApostrophe(c) : c)));
  const last = o.sheet.rows.length + 1 + SPARE_ROWS;
  TABLE_COLUMNS[o.sheet.entity].forEach((column, i) => {
    const width = Math.min(60, Math.max(12, o.sheet.header[i].length + 4));
    ws.getColumn(i + 1).width = column.kind.type === "multiline" ? 40 : width;
    const list = choices(column, o.lang);
    if (!list) return;
    const letter = ws.getColumn(i + 1).letter;
    // exceljs keeps validations in a model keyed by address; a range key is written as one rule.
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}2:${letter}${last}`,
      { type: "list", allowBlank: true, formulae: [`"${list.join(",")}"`], showErrorMessage: false },
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
