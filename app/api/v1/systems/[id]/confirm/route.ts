// POST /api/v1/systems/{id}/confirm — "confirm still accurate": stamps reviewer and date
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZSystem } from "@/lib/schemas/system";
import { ZConfirmRecord } from "@/lib/schemas/ownership";
import { confirmSystem } from "@/server/systems/confirm-system";

export const POST = handle({
  access: "catalog:write",
  summary: "Confirm a system is still accurate (send the version you read); takes it off the stale list",
  params: z.object({ id: ZId }),
  body: ZConfirmRecord,
  response: ZSystem,
  handler: ({ actor, params, body }) => confirmSystem({ actor, id: params.id, version: body.version }),
});
