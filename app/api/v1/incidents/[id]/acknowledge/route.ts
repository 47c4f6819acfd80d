// POST /api/v1/incidents/{id}/acknowledge — acknowledge an incident and its open alerts
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZAlertAction, ZIncident } from "@/lib/schemas/alerts";
import { actOnIncident } from "@/server/alerts/act-on-incident";

export const POST = handle({
  access: "alerts:respond",
  summary: "Acknowledge an incident and its open alerts (audited)",
  params: z.object({ id: ZId }),
  body: ZAlertAction,
  response: ZIncident,
  handler: ({ actor, params, body }) => actOnIncident({ actor, id: params.id, action: "ACKNOWLEDGE", version: body.version }),
});
