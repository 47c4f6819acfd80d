import "server-only";
// A sheet as a download: CSV (UTF-8 with a BOM, so Excel shows Chinese right; text that could run
// as a formula guarded with ', per OWASP) or xlsx.
import { toCsv } from "@/lib/csv";
import type { TLocale } from "@/lib/schemas/enums";
import { TABLE_MEDIA_TYPE, type TTableFormat } from "@/lib/schemas/interop-table";
import { guardFormula } from "@/lib/interop/table-cells";
import type { TTableSheet } from "@/lib/interop/table-sheet";
import { writeXlsx } from "./write-xlsx";

export type TableResponseOptions = { sheet: TTableSheet; format: TTableFormat; lang: TLocale; baseName: string };

export async function tableResponse(o: TableResponseOptions): Promise<Response> {
  const body = o.format === "csv"
    ? toCsv(o.sheet.header, o.sheet.rows.map((row) => row.map((c) => (typeof c === "string" ? guardFormula(c) : c))))
    : new Uint8Array(await writeXlsx({ sheet: o.sheet, lang: o.lang }));
  return new Response(body, {
    headers: {
      "content-type": TABLE_MEDIA_TYPE[o.format],
      "content-disposition": `attachment; filename="${o.baseName}.${o.format}"`,
      "cache-control": "no-store",
    },
  });
}
