// POST /api/v1/interfaces/bulk-assign — set team and technical owner on many interfaces (one audited change each)
import { handle } from "@/server/http/handler";
import { ZBulkAssignResult, ZInterfaceBulkAssign } from "@/lib/schemas/bulk";
import { bulkAssignInterfaces } from "@/server/interfaces/bulk-assign-interfaces";

export const POST = handle({
  access: "catalog:write",
  summary: "Assign team and/or technical owner to up to 500 interfaces, all or nothing (null clears a field)",
  body: ZInterfaceBulkAssign,
  response: ZBulkAssignResult,
  handler: ({ actor, body }) => bulkAssignInterfaces({ actor, input: body }),
});
