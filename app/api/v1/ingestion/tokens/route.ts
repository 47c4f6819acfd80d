// GET /api/v1/ingestion/tokens — machine tokens (INGEST, SCRAPE); POST — create one (the secret is shown once)
import { handle } from "@/server/http/handler";
import { ZMachineTokenCreate, ZMachineTokenCreated, ZMachineTokenList } from "@/lib/schemas/ingestion";
import { listMachineTokens } from "@/server/ingestion/list-machine-tokens";
import { createMachineToken } from "@/server/ingestion/create-machine-token";

export const GET = handle({
  access: "users:manage",
  summary: "List the machine tokens (ingestion and scrape), revoked ones included",
  response: ZMachineTokenList,
  handler: () => listMachineTokens(),
});

export const POST = handle({
  access: "users:manage",
  summary: "Create a machine token that can only send health data (INGEST) or only read /metrics (SCRAPE)",
  body: ZMachineTokenCreate,
  response: ZMachineTokenCreated,
  status: 201,
  handler: ({ actor, body }) => createMachineToken({ actor, input: body }),
});
