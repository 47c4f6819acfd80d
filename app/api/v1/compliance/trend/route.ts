// GET /api/v1/compliance/trend — daily pass/fail counts and levels: is compliance improving?
import { handle } from "@/server/http/handler";
import { ZComplianceTrend, ZComplianceTrendQuery } from "@/lib/schemas/compliance";
import { getComplianceTrend } from "@/server/compliance/get-compliance-trend";

export const GET = handle({
  access: "catalog:read",
  summary: "Daily compliance over the last N days (≤ 400): pass/fail/waived per day and records per level",
  query: ZComplianceTrendQuery,
  response: ZComplianceTrend,
  handler: ({ query }) => getComplianceTrend({ query }),
});
