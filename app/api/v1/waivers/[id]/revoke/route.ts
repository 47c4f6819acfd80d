// POST /api/v1/waivers/{id}/revoke — withdraw your pending request, or (admins) end a granted waiver early
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZWaiver, ZWaiverDecision } from "@/lib/schemas/waiver";
import { decideWaiver } from "@/server/waivers/decide-waiver";

export const POST = handle({
  access: "catalog:write",
  summary: "Withdraw your pending request, or (admins) end a granted waiver early",
  params: z.object({ id: ZId }),
  body: ZWaiverDecision,
  response: ZWaiver,
  handler: ({ actor, params, body }) => decideWaiver({ actor, id: params.id, version: body.version, note: body.note, decision: "REVOKE" }),
});
