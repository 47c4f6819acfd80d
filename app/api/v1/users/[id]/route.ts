// GET /api/v1/users/{id} — one person (admins see the full record)
// PATCH /api/v1/users/{id} — change a user's name, role, locale, password, or (de)activate them
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZUser, ZUserDirectoryEntry, ZUserUpdate } from "@/lib/schemas/user";
import { getUser } from "@/server/users/get-user";
import { updateUser } from "@/server/users/update-user";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get one person (admins see the full record, others the directory entry)",
  params,
  response: z.union([ZUser, ZUserDirectoryEntry]),
  handler: ({ actor, params }) => getUser({ actor, id: params.id }),
});

export const PATCH = handle({
  access: "users:manage",
  summary: "Update a user (send the version you read; 409 for the last admin or deactivating yourself)",
  params,
  body: ZUserUpdate,
  response: ZUser,
  handler: ({ actor, params, body }) => updateUser({ actor, id: params.id, input: body }),
});
