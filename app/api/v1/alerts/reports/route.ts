// GET /api/v1/alerts/reports — MTTA/MTTR per team and month, the noisiest alerts, load per on-call member
import { handle } from "@/server/http/handler";
import { ZAlertReports } from "@/lib/schemas/alert-views";
import { getAlertReports } from "@/server/alert-views/get-alert-reports";

export const GET = handle({
  access: "catalog:read",
  summary: "Alert reports: median time to acknowledge and to resolve per team and month, the noisiest alerts, incidents per pageable member",
  response: ZAlertReports,
  handler: () => getAlertReports(),
});
