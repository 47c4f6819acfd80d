import "server-only";
// A CSV or xlsx upload → the import engine: read the sheet, turn rows into records with a per-row
// report (row, column as written, message), and hand both to importRecords, which plans, and
// writes in the mode asked (all-or-nothing stops at any problem; accept-valid writes valid rows).
import type { TLocale } from "@/lib/schemas/enums";
import type { TImportProblem, TImportResult } from "@/lib/schemas/interop";
import type { TTableImportBody } from "@/lib/schemas/interop-table";
import { TABLE_ROW_LIMIT, readTableRecords } from "@/lib/interop/table-records";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { SCHEMA_ERROR_MAPS } from "@/server/http/schema-error-maps";
import { importRecords } from "@/server/interop/import-records";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";

export type ImportTableOptions = {
  actor: Actor;
  body: TTableImportBody;
  /** The language of the report's messages (the caller's, as for problem details). */
  locale: TLocale;
};

export async function importTable({ actor, body, locale }: ImportTableOptions): Promise<TImportResult> {
  const file = body.fileName;
  const data = body.base64 !== undefined ? Buffer.from(body.base64, "base64") : body.text ?? "";
  const sheet = body.format === "xlsx"
    ? await readXlsx({ data: Buffer.isBuffer(data) ? data : Buffer.from(data), file, entity: body.entity, locale })
    : readCsv({ data, file, entity: body.entity, locale });
  if (sheet.rows.length > TABLE_ROW_LIMIT + 1) {
    throw new AppError("VALIDATION", { key: "invalidBody" }, [
      { path: body.base64 !== undefined ? "base64" : "text", message: { key: "atMostRecords", params: { max: String(TABLE_ROW_LIMIT) } } },
    ]);
  }
  // A file the reader could not read at all has said why; "no header row" would only repeat it.
  const read = sheet.rows.length === 0 && sheet.problems.length
    ? { records: { teams: [], people: [], systems: [], interfaces: [] }, problems: [], headers: new Map<string, string>() }
    : readTableRecords({ entity: body.entity, file, rows: sheet.rows, locale, errorMap: SCHEMA_ERROR_MAPS[locale] });
  const problems: TImportProblem[] = [...sheet.problems, ...read.problems];
  const result = await importRecords({
    actor,
    source: body.format === "xlsx" ? "XLSX" : "CSV",
    label: file,
    records: read.records,
    options: { mode: body.mode, dryRun: body.dryRun, batchId: body.batchId },
    problems,
  });
  // The engine names record fields (technicalOwner, members.0.email); a person editing the file
  // looks for the column as it is written there ("Technical owner", "成员").
  for (const p of result.problems) {
    const header = p.file === file && p.field ? read.headers.get(p.field.split(".")[0]) : undefined;
    if (header) p.field = header;
  }
  return result;
}
