// GET /api/v1/systems — list systems; POST /api/v1/systems — create a system
import { handle } from "@/server/http/handler";
import { ZSystem, ZSystemCreate, ZSystemListQuery, ZSystemPage } from "@/lib/schemas/system";
import { listSystems } from "@/server/systems/list-systems";
import { createSystem } from "@/server/systems/create-system";

export const GET = handle({
  access: "catalog:read",
  summary: "List systems (search, filter, sort, paginate)",
  query: ZSystemListQuery,
  response: ZSystemPage,
  handler: ({ query }) => listSystems({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Create a system",
  body: ZSystemCreate,
  response: ZSystem,
  status: 201,
  handler: ({ actor, body }) => createSystem({ actor, input: body }),
});
