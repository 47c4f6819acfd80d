// GET /api/v1/interfaces — list interfaces; POST /api/v1/interfaces — create an interface
import { handle } from "@/server/http/handler";
import { ZInterface, ZInterfaceCreate, ZInterfaceListQuery, ZInterfacePage } from "@/lib/schemas/interface";
import { listInterfaces } from "@/server/interfaces/list-interfaces";
import { createInterface } from "@/server/interfaces/create-interface";

export const GET = handle({
  access: "catalog:read",
  summary: "List interfaces (search, filter, sort, paginate)",
  query: ZInterfaceListQuery,
  response: ZInterfacePage,
  handler: ({ query }) => listInterfaces({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Create an interface between two systems",
  body: ZInterfaceCreate,
  response: ZInterface,
  status: 201,
  handler: ({ actor, body }) => createInterface({ actor, input: body }),
});
