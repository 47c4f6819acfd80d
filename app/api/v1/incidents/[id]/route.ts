// GET /api/v1/incidents/{id} — an incident (by id or number) with its alerts, root-cause hint, people and timeline
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZIncidentDetail } from "@/lib/schemas/alert-views";
import { getIncident } from "@/server/alert-views/get-incident";

export const GET = handle({
  access: "catalog:read",
  summary: "An incident: its alerts, the probable symptoms downstream with their path, the people to call, escalation and the timeline",
  params: z.object({ id: ZId }),
  response: ZIncidentDetail,
  handler: ({ actor, params }) => getIncident({ actor, id: params.id }),
});
