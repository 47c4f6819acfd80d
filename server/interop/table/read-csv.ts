import "server-only";
// A CSV upload → rows of text cells. Spreadsheets save CSV in more than one way, so: a UTF-8 BOM
// is dropped, UTF-16 (Excel's "Unicode text") is decoded by its BOM, the separator (`,` `;` or
// tab: Excel writes `;` where the decimal mark is a comma) is taken from the header line, and
// quoted cells may span lines. Bytes that are not UTF-8 (a GBK file from an older Excel) are a
// problem the person can act on, never a 500 or silently garbled names.
import { CsvError, parse } from "csv-parse/sync";
import type { TLocale } from "@/lib/schemas/enums";
import type { TImportEntity, TImportProblem } from "@/lib/schemas/interop";
import { tableMessages } from "@/lib/interop/table-messages";
import type { TTableRow } from "@/lib/interop/table-records";

export type ReadCsvOptions = { data: Buffer | string; file: string; entity: TImportEntity; locale: TLocale };

function decode(data: Buffer | string): string | null {
  if (typeof data === "string") return data.replace(/^\uFEFF/, "");
  try {
    if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(data.subarray(2));
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return null;
  }
}

/** The separator the header line uses most (outside quotes); a comma when it has none. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [",", 0])[0];
}

export function readCsv(o: ReadCsvOptions): { rows: TTableRow[]; problems: TImportProblem[] } {
  const t = tableMessages(o.locale);
  const fileProblem = (message: string, line: number | null = null): TImportProblem =>
    ({ entity: o.entity, key: null, field: null, message, file: o.file, line });
  const text = decode(o.data);
  if (text === null || text.includes("\u0000")) return { rows: [], problems: [fileProblem(t.notUtf8)] };
  try {
    const records = parse(text, { delimiter: sniffDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    // Row numbers as a spreadsheet shows them: a quoted cell spanning lines is still one row.
    return { rows: records.map((cells, i) => ({ line: i + 1, cells })), problems: [] };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === "number" ? error.lines : null;
    return { rows: [], problems: [fileProblem(t.unreadableCsv(error.message), line)] };
  }
}
