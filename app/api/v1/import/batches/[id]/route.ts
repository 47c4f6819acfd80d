// GET /api/v1/import/batches/{id} — one import batch: state and progress (total, done), summary, problems
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZImportBatch } from "@/lib/schemas/interop";
import { getImportBatch } from "@/server/interop/get-import-batch";

export const GET = handle({
  access: "catalog:read",
  summary: "Get an import batch: poll it for progress while the import runs (404 until writing starts)",
  params: z.object({ id: ZId }),
  response: ZImportBatch,
  handler: ({ params }) => getImportBatch({ id: params.id }),
});
