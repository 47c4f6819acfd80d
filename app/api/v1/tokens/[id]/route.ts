// DELETE /api/v1/tokens/{id} — revoke one of your own API tokens
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { revokeToken } from "@/server/tokens/revoke-token";

const params = z.object({ id: ZId });

export const DELETE = handle({
  access: "self:manage",
  summary: "Revoke one of your API tokens (another user's token is 404)",
  params,
  handler: ({ actor, params }) => revokeToken({ actor, id: params.id }),
});
