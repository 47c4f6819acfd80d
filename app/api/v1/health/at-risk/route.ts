// GET /api/v1/health/at-risk — what DOWN and DEGRADED records put at risk downstream, and whom to call
import { handle } from "@/server/http/handler";
import { ZAtRisk, ZAtRiskQuery } from "@/lib/schemas/health-views";
import { getAtRisk } from "@/server/health/get-at-risk";

export const GET = handle({
  access: "catalog:read",
  summary: "Every system and interface downstream of a DOWN or DEGRADED one, with its cause and path, the tier-weighted impact and the people to call",
  query: ZAtRiskQuery,
  response: ZAtRisk,
  handler: ({ query }) => getAtRisk(query),
});
