import "server-only";
// An Excel upload → rows of text cells: the sheet named for the entity (in English or Chinese),
// else the first. A cell is read as the person sees it: numbers as written, rich text joined, a
// link by its text, a formula by its computed value (one without a value is a problem on that
// cell, rather than an empty cell that would clear the field).
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/schemas/enums";
import type { TImportEntity, TImportProblem } from "@/lib/schemas/interop";
import { SHEET_NAMES } from "@/lib/interop/table-columns";
import { tableMessages } from "@/lib/interop/table-messages";
import type { TTableRow } from "@/lib/interop/table-records";

export type ReadXlsxOptions = { data: Buffer; file: string; entity: TImportEntity; locale: TLocale };

const NO_VALUE = Symbol("formula without a value");

function cellText(value: ExcelJS.CellValue | undefined): string | typeof NO_VALUE {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null ? NO_VALUE : cellText(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}

function rowOf(row: ExcelJS.Row, message: string): TTableRow {
  const cells: string[] = [];
  const errors = new Map<number, string>();
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    const text = cellText(cell.value);
    if (text === NO_VALUE) errors.set(col - 1, message);
    cells[col - 1] = text === NO_VALUE ? "" : text;
  });
  return { line: row.number, cells: Array.from(cells, (c) => c ?? ""), ...(errors.size ? { errors } : {}) };
}

/**
 * The whole workbook loaded, then the sheet chosen. exceljs' streaming reader was about twice as
 * fast on 20,000 rows, but when a workbook stores its sheets before the workbook part (sheet names)
 * it parks them in temporary files and, under load, named them by number only: the sheet named
 * for the entity was then missed now and then (a flaky test in CI). Correct first.
 */
export async function readXlsx(o: ReadXlsxOptions): Promise<{ rows: TTableRow[]; problems: TImportProblem[] }> {
  const t = tableMessages(o.locale);
  const names = new Set([o.entity, SHEET_NAMES[o.entity].en, SHEET_NAMES[o.entity].zh].map((n) => n.toLowerCase()));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(o.data as unknown as ArrayBuffer);
  } catch {
    return { rows: [], problems: [{ entity: o.entity, key: null, field: null, message: t.unreadableXlsx, file: o.file, line: null }] };
  }
  const sheet = book.worksheets.find((w) => names.has(w.name.trim().toLowerCase())) ?? book.worksheets[0];
  const rows: TTableRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => rows.push(rowOf(row, t.formulaWithoutValue)));
  return { rows, problems: [] };
}
