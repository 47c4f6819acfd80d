// GET /api/v1/incidents — incidents (alerts grouped per system), open ones by default
import { handle } from "@/server/http/handler";
import { ZIncidentList, ZIncidentListQuery } from "@/lib/schemas/alert-views";
import { listIncidents } from "@/server/alert-views/list-incidents";

export const GET = handle({
  access: "catalog:read",
  summary: "Incidents by state, team or system, newest first; `mine` for what I own",
  query: ZIncidentListQuery,
  response: ZIncidentList,
  handler: ({ actor, query }) => listIncidents({ actor, query }),
});
