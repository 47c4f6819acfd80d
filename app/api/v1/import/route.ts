// POST /api/v1/import — the bulk API: upsert up to 10,000 teams, people, systems and interfaces by key
import { handle } from "@/server/http/handler";
import { ZImportRequest, ZImportResult } from "@/lib/schemas/interop";
import { importRecords } from "@/server/interop/import-records";

export const POST = handle({
  access: "catalog:write",
  summary: "Import records (upsert by sourceRef, then key or email): dry run, all-or-nothing or accept-valid, audited as one batch",
  body: ZImportRequest,
  response: ZImportResult,
  // 10,000 records, some with contracts (up to 5 MB each): a large body, still bounded.
  maxBodyBytes: 50_000_000,
  handler: ({ actor, body }) =>
    importRecords({
      actor, source: "BULK_API", label: "bulk API", records: body.records,
      options: { mode: body.mode, dryRun: body.dryRun, batchId: body.batchId },
    }),
});
