import "server-only";
// GET /api/v1/export/table: one entity as CSV or xlsx, with the import's columns, so the file
// re-imports unchanged (and one edited cell re-imports as one update).
import type { TTableExportQuery } from "@/lib/schemas/interop-table";
import { tableSheet } from "@/lib/interop/table-sheet";
import { listTableRecords } from "./list-table-records";
import { tableResponse } from "./table-response";

export type ExportTableOptions = { query: TTableExportQuery };

export async function exportTable({ query }: ExportTableOptions): Promise<Response> {
  const records = await listTableRecords({ entity: query.entity });
  const sheet = tableSheet({ entity: query.entity, records, lang: query.lang });
  const date = new Date().toISOString().slice(0, 10);
  return tableResponse({ sheet, format: query.format, lang: query.lang, baseName: `${query.entity}-${date}` });
}
