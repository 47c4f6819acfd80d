// GET /api/v1/alerts/unmapped — unresolved alerts no rule mapped, grouped by label value
import { handle } from "@/server/http/handler";
import { ZUnmappedList, ZUnmappedQuery } from "@/lib/schemas/alerts-admin";
import { listUnmapped } from "@/server/alerts/list-unmapped";

export const GET = handle({
  access: "catalog:read",
  summary: "Unmapped alerts grouped by the values of the labels rules look at, with counts",
  query: ZUnmappedQuery,
  response: ZUnmappedList,
  handler: ({ query }) => listUnmapped(query),
});
