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

export async function readXlsx(o: ReadXlsxOptions): Promise<{ rows: TTableRow[]; problems: TImportProblem[] }> {
  const t = tableMessages(o.locale);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(o.data as unknown as ArrayBuffer);
  } catch {
    return { rows: [], problems: [{ entity: o.entity, key: null, field: null, message: t.unreadableXlsx, file: o.file, line: null }] };
  }
  const names = new Set([o.entity, SHEET_NAMES[o.entity].en, SHEET_NAMES[o.entity].zh].map((n) => n.toLowerCase()));
  const sheet = workbook.worksheets.find((ws) => names.has(ws.name.trim().toLowerCase())) ?? workbook.worksheets[0];
  const rows: TTableRow[] = [];
  const problems: TImportProblem[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const errors = new Map<number, string>();
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const text = cellText(cell.value);
      if (text === NO_VALUE) errors.set(col - 1, t.formulaWithoutValue);
      cells[col - 1] = text === NO_VALUE ? "" : text;
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? ""), ...(errors.size ? { errors } : {}) });
  });
  return { rows, problems };
}
