// PATCH /api/v1/users/{id} — change a user's name, role, locale, password, or (de)activate them
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZUser, ZUserUpdate } from "@/lib/schemas/user";
import { updateUser } from "@/server/users/update-user";

const params = z.object({ id: ZId });

export const PATCH = handle({
  access: "users:manage",
  summary: "Update a user (send the version you read; 409 for the last admin or deactivating yourself)",
  params,
  body: ZUserUpdate,
  response: ZUser,
  handler: ({ actor, params, body }) => updateUser({ actor, id: params.id, input: body }),
});
