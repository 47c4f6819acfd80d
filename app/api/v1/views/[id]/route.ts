// GET|PATCH|DELETE /api/v1/views/{id} — one saved view (GET also accepts its key)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZSavedView, ZViewUpdate } from "@/lib/schemas/view";
import { getView } from "@/server/views/get-view";
import { updateView } from "@/server/views/update-view";
import { deleteView } from "@/server/views/delete-view";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get a saved view by id or key, with its positions",
  params,
  response: ZSavedView,
  handler: ({ params }) => getView({ idOrKey: params.id }),
});

export const PATCH = handle({
  access: "catalog:write",
  summary: "Update a saved view (send the version you read; positions: null drops its own layout)",
  params,
  body: ZViewUpdate,
  response: ZSavedView,
  handler: ({ actor, params, body }) => updateView({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "catalog:write",
  summary: "Delete a saved view",
  params,
  handler: ({ actor, params }) => deleteView({ actor, id: params.id }),
});
