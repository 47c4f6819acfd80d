// GET /api/v1/alerts/map — open alerts per system and the systems in maintenance, ids only, for the map's badges
import { handle } from "@/server/http/handler";
import { ZAlertMap } from "@/lib/schemas/alert-views";
import { getAlertMap } from "@/server/alert-views/get-alert-map";
import { listSystemsInMaintenance } from "@/server/alerts/list-systems-in-maintenance";

export const GET = handle({
  access: "catalog:read",
  summary: "Open alerts per system (count and worst severity) and which systems are in maintenance now, for the map",
  response: ZAlertMap,
  handler: async () => getAlertMap({ inMaintenance: new Set(await listSystemsInMaintenance()) }),
});
