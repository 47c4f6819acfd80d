// Lane TABLE of issue 12: the request shapes of the CSV and Excel (xlsx) import, export and
// template. Beside lib/schemas/interop.ts (the records contract every lane shares) rather than in
// it, so the lanes' additions do not collide. Columns and cell rules: lib/interop/table-columns.ts.
// Files travel inside JSON: CSV as text (or base64, for a CSV in another encoding), xlsx as base64.
import { z } from "zod";
import { ZLocale } from "./enums";
import { customIssue } from "./field-message";
import { ZImportEntity, ZImportOptions } from "./interop";
import { multilineInput, textInput } from "./text";

export const TABLE_FORMATS = ["csv", "xlsx"] as const;
export const ZTableFormat = z.enum(TABLE_FORMATS);
export type TTableFormat = z.infer<typeof ZTableFormat>;

/** What an export or template download is sent as, per format. */
export const TABLE_MEDIA_TYPE: Record<TTableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
export const TABLE_MEDIA_TYPES = Object.values(TABLE_MEDIA_TYPE);

/** The largest upload: a 20,000-row sheet is ~4 MB of CSV, and base64 adds a third. */
export const TABLE_UPLOAD_MAX_BYTES = 50_000_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const ZTableImportBody = z.strictObject({
  entity: ZImportEntity.describe("What the rows are: one entity per file"),
  format: ZTableFormat,
  fileName: textInput().trim().min(1).max(300).describe("Shown in the report and the import batch"),
  text: multilineInput().max(TABLE_UPLOAD_MAX_BYTES).optional().describe("A CSV file's text"),
  base64: textInput().max(TABLE_UPLOAD_MAX_BYTES).regex(BASE64).optional()
    .describe("The file's bytes in base64 (xlsx, or a CSV in any encoding)"),
  ...ZImportOptions.shape,
}).superRefine((body, ctx) => {
  const both = body.text !== undefined && body.base64 !== undefined;
  const neither = body.text === undefined && body.base64 === undefined;
  if (both || neither || (body.format === "xlsx" && body.text !== undefined)) {
    ctx.addIssue({ ...customIssue("fileAsTextOrBase64"), path: [body.format === "xlsx" || both ? "base64" : "text"] });
  }
}).meta({ id: "TableImport" });
export type TTableImportBody = z.output<typeof ZTableImportBody>;

export const ZTableExportQuery = z.object({
  entity: ZImportEntity,
  format: ZTableFormat.default("csv"),
  lang: ZLocale.default("en").describe("Language of the header row (and of yes/no cells)"),
});
export type TTableExportQuery = z.output<typeof ZTableExportQuery>;

/** The template takes the export's parameters: the same columns, one example row instead of data. */
export const ZTableTemplateQuery = ZTableExportQuery;
