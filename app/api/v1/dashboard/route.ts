// GET /api/v1/dashboard — every figure of the manager dashboard, optionally for one team
import { handle } from "@/server/http/handler";
import { ZDashboard, ZDashboardQuery } from "@/lib/schemas/dashboard";
import { getDashboard } from "@/server/dashboard/get-dashboard";

export const GET = handle({
  access: "catalog:read",
  summary: "Dashboard figures: systems and interfaces by category, changes per week, team load, riskiest systems",
  query: ZDashboardQuery,
  response: ZDashboard,
  handler: ({ query }) => getDashboard({ query }),
});
