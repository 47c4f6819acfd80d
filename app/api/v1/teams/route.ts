// GET /api/v1/teams — list teams; POST /api/v1/teams — create a team
import { handle } from "@/server/http/handler";
import { ZTeam, ZTeamCreate, ZTeamListQuery, ZTeamPage } from "@/lib/schemas/team";
import { listTeams } from "@/server/teams/list-teams";
import { createTeam } from "@/server/teams/create-team";

export const GET = handle({
  access: "catalog:read",
  summary: "List teams (search, filter by member, sort, paginate)",
  query: ZTeamListQuery,
  response: ZTeamPage,
  handler: ({ query }) => listTeams({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Create a team, optionally with its members",
  body: ZTeamCreate,
  response: ZTeam,
  status: 201,
  handler: ({ actor, body }) => createTeam({ actor, input: body }),
});
