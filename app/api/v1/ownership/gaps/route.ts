// GET /api/v1/ownership/gaps — ownership health: score, count per rule, one page of findings
import { handle } from "@/server/http/handler";
import { ZGapQuery, ZOwnershipGaps } from "@/lib/schemas/ownership";
import { getOwnershipGaps } from "@/server/ownership/get-ownership-gaps";

export const GET = handle({
  access: "catalog:read",
  summary: "Ownership gaps: unowned records, deactivated owners, teams without members or lead, bus factor, stale records, quiet teams",
  query: ZGapQuery,
  response: ZOwnershipGaps,
  handler: ({ query }) => getOwnershipGaps({ query }),
});
