// GET /api/v1/compliance/summary — levels and scores for the estate, by team, by layer, by standard
import { handle } from "@/server/http/handler";
import { ZComplianceSummary, ZComplianceSummaryQuery } from "@/lib/schemas/compliance";
import { getComplianceSummary } from "@/server/compliance/get-compliance-summary";

export const GET = handle({
  access: "catalog:read",
  summary: "Maturity levels and mean scores for the estate, per team and per layer, and pass/fail per standard",
  query: ZComplianceSummaryQuery,
  response: ZComplianceSummary,
  handler: ({ query }) => getComplianceSummary({ subject: query.subject }),
});
