// POST /api/v1/alerts/bulk — acknowledge, resolve or silence up to 500 alerts at once
import { handle } from "@/server/http/handler";
import { ZAlertBulk, ZAlertBulkResult } from "@/lib/schemas/alerts";
import { bulkAlerts } from "@/server/alerts/bulk-alerts";

export const POST = handle({
  access: "alerts:respond",
  summary: "Acknowledge, resolve or silence up to 500 alerts (ids not found are listed, the rest applied)",
  body: ZAlertBulk,
  response: ZAlertBulkResult,
  handler: ({ actor, body }) => bulkAlerts({ actor, bulk: body }),
});
