// GET /api/v1/systems/{id}/impact — what breaks if the system fails (or what it depends on), with whom to call
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZImpactQuery, ZImpactResult } from "@/lib/schemas/impact";
import { getSystemImpact } from "@/server/graph/get-system-impact";

export const GET = handle({
  access: "catalog:read",
  summary: "Impact analysis of a system (by id or key): affected systems by distance, with paths, teams and owners",
  params: z.object({ id: ZId }),
  query: ZImpactQuery,
  response: ZImpactResult,
  handler: ({ params, query }) => getSystemImpact({ idOrKey: params.id, query }),
});
