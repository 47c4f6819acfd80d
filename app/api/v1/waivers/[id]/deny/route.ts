// POST /api/v1/waivers/{id}/deny — deny a pending waiver (an admin other than the requester)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZWaiver, ZWaiverDecision } from "@/lib/schemas/waiver";
import { decideWaiver } from "@/server/waivers/decide-waiver";

export const POST = handle({
  access: "standards:manage",
  summary: "Deny a pending waiver (an admin other than the requester)",
  params: z.object({ id: ZId }),
  body: ZWaiverDecision,
  response: ZWaiver,
  handler: ({ actor, params, body }) => decideWaiver({ actor, id: params.id, version: body.version, note: body.note, decision: "DENY" }),
});
