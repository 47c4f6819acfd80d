// GET /api/v1/alerts/silences — silences; POST — create one
import { handle } from "@/server/http/handler";
import { ZSilence, ZSilenceCreate, ZSilenceList, ZSilenceListQuery } from "@/lib/schemas/alerts-admin";
import { createSilence } from "@/server/alerts/create-silence";
import { listSilences } from "@/server/alerts/list-silences";

export const GET = handle({
  access: "catalog:read",
  summary: "Silences: active (not ended), expired, or all",
  query: ZSilenceListQuery,
  response: ZSilenceList,
  handler: ({ query }) => listSilences({ state: query.state }),
});

export const POST = handle({
  access: "alerts:respond",
  status: 201,
  summary: "Create a silence: label matchers (=, !=, =~, !~; all must match), start, end, comment",
  body: ZSilenceCreate,
  response: ZSilence,
  handler: ({ actor, body }) => createSilence({ actor, input: body }),
});
