// GET /api/v1/systems/{id}/impact/reach — every system and interface the impact analysis reaches, ids and distances only
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZImpactReach, ZImpactReachQuery } from "@/lib/schemas/impact-reach";
import { getImpactReach } from "@/server/graph/get-impact-reach";

export const GET = handle({
  access: "catalog:read",
  summary: "Reach of a system's impact analysis (by id or key): every affected system and interface with its distance, unpaged, for highlighting",
  params: z.object({ id: ZId }),
  query: ZImpactReachQuery,
  response: ZImpactReach,
  handler: ({ params, query }) => getImpactReach({ root: { type: "system", idOrKey: params.id }, query }),
});
