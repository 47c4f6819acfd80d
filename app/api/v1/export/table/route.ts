// GET /api/v1/export/table — one entity as a CSV or xlsx download, re-importable unchanged
import { handle } from "@/server/http/handler";
import { TABLE_MEDIA_TYPES, ZTableExportQuery } from "@/lib/schemas/interop-table";
import { exportTable } from "@/server/interop/table/export-table";

export const GET = handle({
  access: "catalog:read",
  summary: "Systems, interfaces, teams or people as CSV (UTF-8 with BOM) or xlsx, with the import's columns; headers in English or Chinese",
  query: ZTableExportQuery,
  download: TABLE_MEDIA_TYPES,
  handler: ({ query }) => exportTable({ query }),
});
