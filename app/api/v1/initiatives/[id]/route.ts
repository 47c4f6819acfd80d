// GET|PATCH|DELETE /api/v1/initiatives/{id} — one initiative with progress per team and over time
import { handle } from "@/server/http/handler";
import { ZInitiative, ZInitiativeDetail, ZInitiativeId, ZInitiativeUpdate } from "@/lib/schemas/initiative";
import { getInitiative } from "@/server/initiatives/get-initiative";
import { updateInitiative } from "@/server/initiatives/update-initiative";
import { deleteInitiative } from "@/server/initiatives/delete-initiative";

export const GET = handle({
  access: "catalog:read",
  summary: "An initiative: progress now, per team, the records still below target, and its history",
  params: ZInitiativeId,
  response: ZInitiativeDetail,
  handler: ({ params }) => getInitiative({ id: params.id }),
});

export const PATCH = handle({
  access: "standards:manage",
  summary: "Change an initiative (send the version you read)",
  params: ZInitiativeId,
  body: ZInitiativeUpdate,
  response: ZInitiative,
  handler: ({ actor, params, body }) => updateInitiative({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "standards:manage",
  summary: "Delete an initiative and its progress history",
  params: ZInitiativeId,
  handler: ({ actor, params }) => deleteInitiative({ actor, id: params.id }),
});
