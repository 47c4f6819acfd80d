// GET|PATCH|DELETE /api/v1/interfaces/{id} — one interface (GET also accepts its key)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZInterface, ZInterfaceUpdate } from "@/lib/schemas/interface";
import { getInterface } from "@/server/interfaces/get-interface";
import { updateInterface } from "@/server/interfaces/update-interface";
import { deleteInterface } from "@/server/interfaces/delete-interface";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get an interface by id or key",
  params,
  response: ZInterface,
  handler: ({ params }) => getInterface({ idOrKey: params.id }),
});

export const PATCH = handle({
  access: "catalog:write",
  summary: "Update an interface (send the version you read)",
  params,
  body: ZInterfaceUpdate,
  response: ZInterface,
  handler: ({ actor, params, body }) => updateInterface({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "catalog:write",
  summary: "Delete an interface",
  params,
  handler: ({ actor, params }) => deleteInterface({ actor, id: params.id }),
});
