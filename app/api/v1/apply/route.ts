// POST /api/v1/apply — `junction apply`: one team's desired systems and interfaces, with a diff and an optional prune
import { handle } from "@/server/http/handler";
import { ZApplyRequest, ZImportResult } from "@/lib/schemas/interop";
import { applyTeamRecords } from "@/server/interop/apply-team-records";

export const POST = handle({
  access: "catalog:write",
  summary: "Apply one team's records as desired state (dryRun shows the diff; prune deletes the team's records not listed)",
  body: ZApplyRequest,
  response: ZImportResult,
  maxBodyBytes: 50_000_000,
  handler: ({ actor, body }) => applyTeamRecords({ actor, request: body }),
});
