// GET /api/v1/health/map — every reported record's state and the at-risk ones, ids only, for the map overlay
import { handle } from "@/server/http/handler";
import { ZHealthMap } from "@/lib/schemas/health-views";
import { getHealthMap } from "@/server/health/get-health-map";

export const GET = handle({
  access: "catalog:read",
  summary: "State and at-risk flag of every system and interface that reported or is at risk (ids only), to colour the map",
  response: ZHealthMap,
  handler: () => getHealthMap(),
});
