// GET /api/v1/tokens — your API tokens; POST /api/v1/tokens — create one (the secret is shown once)
import { handle } from "@/server/http/handler";
import { ZApiTokenCreate, ZApiTokenCreated, ZApiTokenList } from "@/lib/schemas/token";
import { listTokens } from "@/server/tokens/list-tokens";
import { createToken } from "@/server/tokens/create-token";

export const GET = handle({
  access: "self:manage",
  summary: "List your own API tokens, revoked ones included",
  response: ZApiTokenList,
  handler: ({ actor }) => listTokens({ actor }),
});

export const POST = handle({
  access: "self:manage",
  summary: "Create a personal API token; the response holds the secret, shown this once",
  body: ZApiTokenCreate,
  response: ZApiTokenCreated,
  status: 201,
  handler: ({ actor, body }) => createToken({ actor, input: body }),
});
