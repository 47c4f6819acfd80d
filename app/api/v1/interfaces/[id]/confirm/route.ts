// POST /api/v1/interfaces/{id}/confirm — "confirm still accurate": stamps reviewer and date
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZInterface } from "@/lib/schemas/interface";
import { ZConfirmRecord } from "@/lib/schemas/ownership";
import { confirmInterface } from "@/server/interfaces/confirm-interface";

export const POST = handle({
  access: "catalog:write",
  summary: "Confirm an interface is still accurate (send the version you read); takes it off the stale list",
  params: z.object({ id: ZId }),
  body: ZConfirmRecord,
  response: ZInterface,
  handler: ({ actor, params, body }) => confirmInterface({ actor, id: params.id, version: body.version }),
});
