// GET|PATCH|DELETE /api/v1/systems/{id} — one system (GET also accepts its key)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZSystem, ZSystemUpdate } from "@/lib/schemas/system";
import { getSystem } from "@/server/systems/get-system";
import { updateSystem } from "@/server/systems/update-system";
import { deleteSystem } from "@/server/systems/delete-system";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get a system by id or key, with its team and owners (its interfaces: GET /interfaces?providerSystemId=…)",
  params,
  response: ZSystem,
  handler: ({ params }) => getSystem({ idOrKey: params.id }),
});

export const PATCH = handle({
  access: "catalog:write",
  summary: "Update a system (send the version you read)",
  params,
  body: ZSystemUpdate,
  response: ZSystem,
  handler: ({ actor, params, body }) => updateSystem({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "catalog:write",
  summary: "Delete a system (409 while interfaces reference it)",
  params,
  handler: ({ actor, params }) => deleteSystem({ actor, id: params.id }),
});
