// GET /api/v1/import/batches — import batches, newest first
import { handle } from "@/server/http/handler";
import { ZImportBatchListQuery, ZImportBatchPage } from "@/lib/schemas/interop";
import { listImportBatches } from "@/server/interop/list-import-batches";

export const GET = handle({
  access: "catalog:read",
  summary: "List import batches (what each import or apply did), newest first",
  query: ZImportBatchListQuery,
  response: ZImportBatchPage,
  handler: ({ query }) => listImportBatches({ query }),
});
