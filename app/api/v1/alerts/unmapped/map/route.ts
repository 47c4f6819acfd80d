// POST /api/v1/alerts/unmapped/map — map a label value to a system or interface, now and from now on
import { handle } from "@/server/http/handler";
import { ZMapUnmapped, ZMapUnmappedResult } from "@/lib/schemas/alerts-admin";
import { mapUnmapped } from "@/server/alerts/map-unmapped";

export const POST = handle({
  access: "alerts:respond",
  status: 201,
  summary: "Map a label value to a system or interface: an alias rule, and the waiting alerts mapped and processed now",
  body: ZMapUnmapped,
  response: ZMapUnmappedResult,
  handler: ({ actor, body }) => mapUnmapped({ actor, input: body }),
});
