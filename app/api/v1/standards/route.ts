// GET /api/v1/standards — the standards catalogue; POST — add a standard (admins)
import { handle } from "@/server/http/handler";
import { ZStandard, ZStandardCreate, ZStandardListQuery, ZStandardPage } from "@/lib/schemas/standard";
import { listStandards } from "@/server/standards/list-standards";
import { createStandard } from "@/server/standards/create-standard";

export const GET = handle({
  access: "catalog:read",
  summary: "List the integration standards (search covers both languages' names and descriptions)",
  query: ZStandardListQuery,
  response: ZStandardPage,
  handler: ({ query }) => listStandards({ query }),
});

export const POST = handle({
  access: "standards:manage",
  summary: "Add a standard; every record of its type is evaluated before the answer",
  body: ZStandardCreate,
  response: ZStandard,
  status: 201,
  handler: ({ actor, body }) => createStandard({ actor, input: body }),
});
