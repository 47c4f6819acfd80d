// POST /api/v1/alerts/alertmanager — an Alertmanager webhook (v4): alerts in, deduplicated by fingerprint
import { handle } from "@/server/http/handler";
import { ZAlertmanagerResult, ZAlertmanagerWebhook } from "@/lib/schemas/alerts";
import { receiveAlertmanager } from "@/server/alerts/receive-alertmanager";
import { recordRejection } from "@/server/alerts/record-rejection";
import { WEBHOOK_SIGNATURE } from "@/server/health/verify-signature";

export const POST = handle({
  access: "health:ingest",
  signature: WEBHOOK_SIGNATURE,
  onRejected: recordRejection("ALERTMANAGER"),
  summary: "Receive an Alertmanager webhook (bearer INGEST token or signed webhook source); one alert per fingerprint",
  body: ZAlertmanagerWebhook,
  response: ZAlertmanagerResult,
  handler: ({ body }) => receiveAlertmanager({ payload: body }),
});
