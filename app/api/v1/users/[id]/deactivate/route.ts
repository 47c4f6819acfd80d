// POST /api/v1/users/{id}/deactivate — hand a person's ownerships over, then deactivate them, in one transaction
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZUserDeactivate, ZUserDeactivateResult } from "@/lib/schemas/user";
import { deactivateUser } from "@/server/users/deactivate-user";

export const POST = handle({
  access: "users:manage",
  summary:
    "Deactivate a user, handing each listed ownership to another active user (toUserId null or not listed: left as a gap); 422 for a hand-over that is not theirs or an inactive target, 409 for a stale version or yourself",
  params: z.object({ id: ZId }),
  body: ZUserDeactivate,
  response: ZUserDeactivateResult,
  handler: ({ actor, params, body }) => deactivateUser({ actor, id: params.id, input: body }),
});
