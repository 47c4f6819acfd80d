// PATCH /api/v1/incidents/{id} — assign an incident
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZAssign, ZIncident } from "@/lib/schemas/alerts";
import { assignIncident } from "@/server/alerts/assign-incident";

export const PATCH = handle({
  access: "alerts:respond",
  summary: "Assign an incident to a person (or to nobody)",
  params: z.object({ id: ZId }),
  body: ZAssign,
  response: ZIncident,
  handler: ({ actor, params, body }) => assignIncident({ actor, id: params.id, assigneeId: body.assigneeId, version: body.version }),
});
