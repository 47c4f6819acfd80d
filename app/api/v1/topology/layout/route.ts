// PUT /api/v1/topology/layout — share a computed automatic layout of one view (a cache for everyone)
import { handle } from "@/server/http/handler";
import { ZTopologyLayoutSave, ZTopologyLayoutStored, ZTopologyQuery } from "@/lib/schemas/topology";
import { storeLayout } from "@/server/topology/store-layout";

export const PUT = handle({
  access: "catalog:write",
  summary: "Store the automatic layout a browser computed for a view (same query parameters as GET /topology), for the current estate version; later openings of that view skip the layout",
  query: ZTopologyQuery,
  body: ZTopologyLayoutSave,
  response: ZTopologyLayoutStored,
  handler: ({ query, body }) => storeLayout({ query, version: body.version, layout: body.layout }),
});
