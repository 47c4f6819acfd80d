// GET /api/v1/health/teams — team health cards and the weekly delivery trend
import { handle } from "@/server/http/handler";
import { ZTeamHealth, ZTeamHealthQuery } from "@/lib/schemas/team-health";
import { getTeamHealth } from "@/server/team-health/get-team-health";

export const GET = handle({
  access: "catalog:read",
  summary: "Per team: change failure rate, time to recover, incidents per active member, documentation completeness, bus factor and quiet team; with the weekly trend",
  query: ZTeamHealthQuery,
  response: ZTeamHealth,
  handler: ({ query }) => getTeamHealth({ query }),
});
