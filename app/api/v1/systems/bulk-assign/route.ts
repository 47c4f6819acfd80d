// POST /api/v1/systems/bulk-assign — set team and owners on many systems (one audited change each)
import { handle } from "@/server/http/handler";
import { ZBulkAssignResult, ZSystemBulkAssign } from "@/lib/schemas/bulk";
import { bulkAssignSystems } from "@/server/systems/bulk-assign-systems";

export const POST = handle({
  access: "catalog:write",
  summary: "Assign team, technical and/or business owner to up to 500 systems, all or nothing (null clears a field)",
  body: ZSystemBulkAssign,
  response: ZBulkAssignResult,
  handler: ({ actor, body }) => bulkAssignSystems({ actor, input: body }),
});
