// GET /api/v1/health — counts by state, problems tier-0/1 first, a grid by team or layer, the filtered page
import { handle } from "@/server/http/handler";
import { ZHealthOverview, ZHealthOverviewQuery } from "@/lib/schemas/health-views";
import { getHealthOverview } from "@/server/health/get-health-overview";

export const GET = handle({
  access: "catalog:read",
  summary: "Health of every system or interface: counts by state (with unknown and at risk), problems, a grid by team or layer, filters, paging",
  query: ZHealthOverviewQuery,
  response: ZHealthOverview,
  handler: ({ query }) => getHealthOverview({ query }),
});
