// GET /api/v1/alerts/map — open alerts per system and the systems in maintenance, ids only, for the map's badges
import { handle } from "@/server/http/handler";
import { ZAlertMap } from "@/lib/schemas/alert-views";
import { getAlertMap } from "@/server/alert-views/get-alert-map";

export const GET = handle({
  access: "catalog:read",
  summary: "Open alerts per system (count and worst severity) and which systems are in maintenance now, for the map",
  response: ZAlertMap,
  // TODO(merge): the intake's list-systems-in-maintenance fills this.
  handler: () => getAlertMap({ inMaintenance: new Set() }),
});
