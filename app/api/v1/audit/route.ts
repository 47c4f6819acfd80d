// GET /api/v1/audit — the audit log, newest first (non-admins see systems, interfaces and teams only)
import { handle } from "@/server/http/handler";
import { ZAuditListQuery, ZAuditPage } from "@/lib/schemas/audit";
import { listAudit } from "@/server/audit/list-audit";

export const GET = handle({
  access: "catalog:read",
  summary: "List audit entries, filtered by entity or actor",
  query: ZAuditListQuery,
  response: ZAuditPage,
  handler: ({ actor, query }) => listAudit({ actor, query }),
});
