// CSV for spreadsheets (RFC 4180): the dashboard's "Export CSV". Pure, so the browser and the
// tests share it.

export type CsvCell = string | number | boolean | null | undefined;

/** U+FEFF: without it Excel reads a UTF-8 file as the local code page and garbles Chinese. */
export const CSV_BOM = "\uFEFF";

/**
 * One field: quoted when it holds a comma, a quote, CR or LF (quotes doubled), else as is;
 * null and undefined are empty. A field starting with =, +, - or @ would run as a formula in a
 * spreadsheet (CSV injection), so text like that is prefixed with an apostrophe; numbers are not
 * touched, so -3 stays a number.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text: CRLF line ends, a BOM first (see CSV_BOM). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** A file name safe on every system: "teams-by-load-2026-11-23.csv". */
export function csvFileName(base: string, date = new Date()): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "export";
  return `${slug}-${date.toISOString().slice(0, 10)}.csv`;
}
