// DELETE /api/v1/ingestion/sources/{id} — revoke a webhook source
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { revokeHealthSource } from "@/server/ingestion/revoke-health-source";

export const DELETE = handle({
  access: "users:manage",
  summary: "Revoke a webhook source: its signatures are refused from now on",
  params: z.object({ id: ZId }),
  handler: ({ actor, params }) => revokeHealthSource({ actor, id: params.id }),
});
