// GET|PATCH|DELETE /api/v1/teams/{id} — one team (GET also accepts its key)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZTeam, ZTeamUpdate } from "@/lib/schemas/team";
import { getTeam } from "@/server/teams/get-team";
import { updateTeam } from "@/server/teams/update-team";
import { deleteTeam } from "@/server/teams/delete-team";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get a team by id or key, with its members and what it owns",
  params,
  response: ZTeam,
  handler: ({ params }) => getTeam({ idOrKey: params.id }),
});

export const PATCH = handle({
  access: "catalog:write",
  summary: "Update a team (send the version you read; members, when sent, replace the list)",
  params,
  body: ZTeamUpdate,
  response: ZTeam,
  handler: ({ actor, params, body }) => updateTeam({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "catalog:write",
  summary: "Delete a team (409 while it owns systems or interfaces)",
  params,
  handler: ({ actor, params }) => deleteTeam({ actor, id: params.id }),
});
