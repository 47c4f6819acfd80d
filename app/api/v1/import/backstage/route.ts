// POST /api/v1/import/backstage — import Backstage catalog files (YAML or a zip): dry run or apply
import { handle } from "@/server/http/handler";
import { ZBackstageImportBody, ZImportResult } from "@/lib/schemas/interop";
import { importBackstage } from "@/server/interop/backstage/import-backstage";

export const POST = handle({
  access: "catalog:write",
  summary: "Import Backstage catalog-info.yaml files (multi-document YAML, or a zip as base64): Locations and $text followed within the upload; unknown kinds and dangling refs reported",
  body: ZBackstageImportBody,
  response: ZImportResult,
  maxBodyBytes: 70_000_000,
  handler: ({ actor, body }) => importBackstage({ actor, body }),
});
