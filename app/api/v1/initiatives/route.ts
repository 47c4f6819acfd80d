// GET /api/v1/initiatives — goals with their progress; POST — start one (admins)
import { handle } from "@/server/http/handler";
import { ZInitiative, ZInitiativeCreate, ZInitiativeListQuery, ZInitiativePage } from "@/lib/schemas/initiative";
import { listInitiatives } from "@/server/initiatives/list-initiatives";
import { createInitiative } from "@/server/initiatives/create-initiative";

export const GET = handle({
  access: "catalog:read",
  summary: "List initiatives (a target level over a scope, by a deadline), soonest deadline first unless sorted, with progress",
  query: ZInitiativeListQuery,
  response: ZInitiativePage,
  handler: ({ query }) => listInitiatives({ query }),
});

export const POST = handle({
  access: "standards:manage",
  summary: "Start an initiative, e.g. every tier-0 interface at Silver by 2027-03-31",
  body: ZInitiativeCreate,
  response: ZInitiative,
  status: 201,
  handler: ({ actor, body }) => createInitiative({ actor, input: body }),
});
