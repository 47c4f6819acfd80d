// DELETE /api/v1/ingestion/tokens/{id} — revoke a machine token
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { revokeMachineToken } from "@/server/ingestion/revoke-machine-token";

export const DELETE = handle({
  access: "users:manage",
  summary: "Revoke a machine token (a personal token's id is 404 here)",
  params: z.object({ id: ZId }),
  handler: ({ actor, params }) => revokeMachineToken({ actor, id: params.id }),
});
