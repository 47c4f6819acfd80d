// GET /api/v1/incidents/{id} — an incident (by id or number) with its alerts, root-cause hint, people and timeline
// PATCH /api/v1/incidents/{id} — assign an incident
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZIncidentDetail } from "@/lib/schemas/alert-views";
import { ZAssign, ZIncident } from "@/lib/schemas/alerts";
import { getIncident } from "@/server/alert-views/get-incident";
import { assignIncident } from "@/server/alerts/assign-incident";

export const GET = handle({
  access: "catalog:read",
  summary: "An incident: its alerts, the probable symptoms downstream with their path, the people to call, escalation and the timeline",
  params: z.object({ id: ZId }),
  response: ZIncidentDetail,
  handler: ({ actor, params }) => getIncident({ actor, id: params.id }),
});

export const PATCH = handle({
  access: "alerts:respond",
  summary: "Assign an incident to a person (or to nobody)",
  params: z.object({ id: ZId }),
  body: ZAssign,
  response: ZIncident,
  handler: ({ actor, params, body }) => assignIncident({ actor, id: params.id, assigneeId: body.assigneeId, version: body.version }),
});
