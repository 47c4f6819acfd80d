// GET|PATCH /api/v1/me — the signed-in user, their permissions, and their own name and locale
import { handle } from "@/server/http/handler";
import { ZMe, ZMeUpdate } from "@/lib/schemas/user";
import { getCurrentUser } from "@/server/users/get-current-user";
import { updateCurrentUser } from "@/server/users/update-current-user";

export const GET = handle({
  access: "self:manage",
  summary: "The current user and what their role allows",
  response: ZMe,
  handler: ({ actor }) => getCurrentUser({ actor }),
});

export const PATCH = handle({
  access: "self:manage",
  summary: "Change your own name or language",
  body: ZMeUpdate,
  response: ZMe,
  handler: ({ actor, body }) => updateCurrentUser({ actor, input: body }),
});
