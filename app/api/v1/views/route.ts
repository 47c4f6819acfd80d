// GET /api/v1/views — list saved map views; POST /api/v1/views — save a view
import { handle } from "@/server/http/handler";
import { ZSavedView, ZSavedViewPage, ZViewCreate, ZViewListQuery } from "@/lib/schemas/view";
import { listViews } from "@/server/views/list-views";
import { createView } from "@/server/views/create-view";

export const GET = handle({
  access: "catalog:read",
  summary: "List saved views of the map (without their positions)",
  query: ZViewListQuery,
  response: ZSavedViewPage,
  handler: ({ query }) => listViews({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Save a named view of the map: filters, grouping or focus, and optionally its own layout",
  body: ZViewCreate,
  response: ZSavedView,
  status: 201,
  handler: ({ actor, body }) => createView({ actor, input: body }),
});
