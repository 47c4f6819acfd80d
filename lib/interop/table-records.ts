// The rows of one sheet (CSV or xlsx, already read as text cells) → import records and a per-row
// report. A row with any problem is left out of the records whole, and each of its problems names
// the row and the column as written in the file, so "accept valid rows" writes only rows that are
// right in every cell. Pure: the same for CSV and xlsx, and unit-tested without a server.
import type { z } from "zod";
import type { TLocale } from "@/lib/schemas/enums";
import {
  ZImportInterface, ZImportPerson, ZImportSystem, ZImportTeam,
  type TImportEntity, type TImportProblem, type TImportRecords,
} from "@/lib/schemas/interop";
import { identityColumn } from "./table-columns";
import { parseCell, unguardFormula } from "./table-cells";
import { matchHeaders } from "./match-headers";
import { tableMessages } from "./table-messages";

/**
 * One row of a sheet: its number as the spreadsheet shows it (1 = first), its cells as text, and
 * cells the reader could not turn into text (by index), e.g. an xlsx formula without a value.
 */
export type TTableRow = { line: number; cells: readonly string[]; errors?: ReadonlyMap<number, string> };

/** Most data rows one file may hold: twice the 20,000-row sheet the benchmark imports. */
export const TABLE_ROW_LIMIT = 50_000;

const SCHEMAS = { systems: ZImportSystem, interfaces: ZImportInterface, teams: ZImportTeam, people: ZImportPerson } as const;

export type TReadTableOptions = {
  entity: TImportEntity;
  file: string;
  rows: readonly TTableRow[];
  locale: TLocale;
  /** zod's per-parse error map for the locale (the server's SCHEMA_ERROR_MAPS), so its messages match. */
  errorMap?: z.core.$ZodErrorMap;
};

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

export type TReadTableResult = {
  records: TImportRecords;
  problems: TImportProblem[];
  /** Each column found, by record field → its header as written in the file (for the engine's problems too). */
  headers: Map<string, string>;
};

export function readTableRecords(o: TReadTableOptions): TReadTableResult {
  const records: TImportRecords = { teams: [], people: [], systems: [], interfaces: [] };
  const t = tableMessages(o.locale);
  const headerAt = o.rows.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) {
    return { records, problems: [{ entity: o.entity, key: null, field: null, message: t.emptyFile, file: o.file, line: null }], headers: new Map() };
  }
  const header = o.rows[headerAt];
  const { found, problems } = matchHeaders({ entity: o.entity, header: header.cells, file: o.file, line: header.line, locale: o.locale });
  const headerOf = new Map(found.map((f) => [f.column.id, f.header]));
  const identity = found.find((f) => f.column === identityColumn(o.entity));
  if (!identity) return { records, problems, headers: headerOf };
  const schema = SCHEMAS[o.entity];
  const out = records[o.entity] as unknown[];

  for (const row of o.rows.slice(headerAt + 1)) {
    if (isBlank(row.cells)) continue;
    const key = unguardFormula((row.cells[identity.index] ?? "").trim());
    // `#` starts a comment row, e.g. the template's example (no key or email can start with it).
    if (key.startsWith("#")) continue;
    const mine: TImportProblem[] = [];
    const report = (field: string | null, message: string) =>
      mine.push({ entity: o.entity, key: key || null, field, message, file: o.file, line: row.line });
    const record: Record<string, unknown> = { origin: { file: o.file, line: row.line } };
    for (const { column, index, header: written } of found) {
      const unreadable = row.errors?.get(index);
      const result = unreadable ? { error: unreadable } : parseCell(column.kind, unguardFormula(row.cells[index] ?? ""), o.locale);
      if ("error" in result) report(written, result.error);
      else if ("value" in result) record[column.id] = result.value;
    }
    if (!key) report(identity.header, t.required);
    // The record is checked even when a cell was refused, so the report lists every problem of
    // the row at once; a column already reported is not reported twice.
    // Parsed once plainly (a per-parse error map costs ~30% on 20,000 rows), and again with the
    // locale's map only to word the problems of a row that failed.
    let parsed = schema.safeParse(record);
    if (!parsed.success && o.errorMap) parsed = schema.safeParse(record, { error: o.errorMap });
    if (parsed.success && mine.length === 0) out.push(parsed.data);
    const reported = new Set(mine.map((p) => p.field));
    for (const issue of parsed.error?.issues ?? []) {
      const field = headerOf.get(String(issue.path[0])) ?? (issue.path.join(".") || null);
      if (!reported.has(field)) report(field, issue.message);
    }
    problems.push(...mine);
  }
  return { records, problems, headers: headerOf };
}
