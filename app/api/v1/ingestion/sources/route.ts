// GET /api/v1/ingestion/sources — webhook sources; POST — create one (the signing secret is shown once)
import { handle } from "@/server/http/handler";
import { ZHealthSourceCreate, ZHealthSourceCreated, ZHealthSourceList } from "@/lib/schemas/ingestion";
import { listHealthSources } from "@/server/ingestion/list-health-sources";
import { createHealthSource } from "@/server/ingestion/create-health-source";

export const GET = handle({
  access: "users:manage",
  summary: "List the webhook sources that may sign health signals and events, revoked ones included",
  response: ZHealthSourceList,
  handler: () => listHealthSources(),
});

export const POST = handle({
  access: "users:manage",
  summary: "Create a webhook source; the response holds its HMAC secret, shown this once",
  body: ZHealthSourceCreate,
  response: ZHealthSourceCreated,
  status: 201,
  handler: ({ actor, body }) => createHealthSource({ actor, input: body }),
});
