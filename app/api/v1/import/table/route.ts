// POST /api/v1/import/table — import one entity's rows from a CSV or xlsx file (dry run first)
import { handle } from "@/server/http/handler";
import { problemLocale } from "@/server/http/problem-locale";
import { ZImportResult } from "@/lib/schemas/interop";
import { TABLE_UPLOAD_MAX_BYTES, ZTableImportBody } from "@/lib/schemas/interop-table";
import { importTable } from "@/server/interop/table/import-table";

export const POST = handle({
  access: "catalog:write",
  summary: "Import systems, interfaces, teams or people from a CSV or xlsx file: a per-row report (row, column, message), all-or-nothing or accept-valid",
  body: ZTableImportBody,
  response: ZImportResult,
  // The file rides inside JSON (base64 for xlsx): room for a 20,000-row sheet and then some.
  maxBodyBytes: TABLE_UPLOAD_MAX_BYTES,
  handler: ({ req, actor, body }) => importTable({ actor, body, locale: problemLocale(req.headers.get("accept-language"), actor) }),
});
