// GET /api/v1/alerts/rejections — the rejected-deliveries log
import { handle } from "@/server/http/handler";
import { ZRejectionList, ZRejectionQuery } from "@/lib/schemas/alerts-admin";
import { listRejections } from "@/server/alerts/list-rejections";

// Engineers and admins: they fix mappings and senders; payloads can carry internal details, so
// viewers do not read them.
export const GET = handle({
  access: "alerts:respond",
  summary: "Payloads refused at alert intake (authenticated senders only), newest first, bodies cut at 64 KB",
  query: ZRejectionQuery,
  response: ZRejectionList,
  handler: ({ query }) => listRejections(query),
});
