// GET /api/v1/interfaces/{id}/impact — what breaks if the interface fails (or what it depends on)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZImpactQuery, ZImpactResult } from "@/lib/schemas/impact";
import { getInterfaceImpact } from "@/server/graph/get-interface-impact";

export const GET = handle({
  access: "catalog:read",
  summary: "Impact analysis of an interface (by id or key): its consumer and everything downstream, or its provider and everything upstream",
  params: z.object({ id: ZId }),
  query: ZImpactQuery,
  response: ZImpactResult,
  handler: ({ params, query }) => getInterfaceImpact({ idOrKey: params.id, query }),
});
