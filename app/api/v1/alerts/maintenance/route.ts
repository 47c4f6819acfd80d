// GET /api/v1/alerts/maintenance — maintenance windows; POST — create one
import { handle } from "@/server/http/handler";
import { ZMaintenance, ZMaintenanceCreate, ZMaintenanceList, ZMaintenanceListQuery } from "@/lib/schemas/alerts-admin";
import { createMaintenance } from "@/server/alerts/create-maintenance";
import { listMaintenance } from "@/server/alerts/list-maintenance";

export const GET = handle({
  access: "catalog:read",
  summary: "Maintenance windows, of one system or all, with whether each is open now",
  query: ZMaintenanceListQuery,
  response: ZMaintenanceList,
  handler: ({ query }) => listMaintenance({ systemId: query.systemId }),
});

export const POST = handle({
  access: "alerts:respond",
  status: 201,
  summary: "Create a maintenance window for a system: one-off (start, end) or weekly (weekday, start minute, duration, IANA zone)",
  body: ZMaintenanceCreate,
  response: ZMaintenance,
  handler: ({ actor, body }) => createMaintenance({ actor, input: body }),
});
