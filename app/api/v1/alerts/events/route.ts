// POST /api/v1/alerts/events — the generic alert API (trigger / acknowledge / resolve with a dedup key)
import { handle } from "@/server/http/handler";
import { ZAlertEvent, ZAlertEventResult } from "@/lib/schemas/alerts";
import { receiveAlertEvent } from "@/server/alerts/receive-alert-event";
import { recordRejection } from "@/server/alerts/record-rejection";
import { WEBHOOK_SIGNATURE } from "@/server/health/verify-signature";

export const POST = handle({
  access: "health:ingest",
  signature: WEBHOOK_SIGNATURE,
  onRejected: recordRejection("GENERIC"),
  status: 202,
  summary: "Trigger, acknowledge or resolve an alert by dedup key (PagerDuty Events v2's model)",
  body: ZAlertEvent,
  response: ZAlertEventResult,
  handler: ({ actor, body }) => receiveAlertEvent({ actor, event: body }),
});
