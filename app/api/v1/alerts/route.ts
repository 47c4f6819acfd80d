// GET /api/v1/alerts — the alerts inbox: filtered, sorted, paginated, with the count per view
import { handle } from "@/server/http/handler";
import { ZAlertList, ZAlertListQuery } from "@/lib/schemas/alert-views";
import { listAlerts } from "@/server/alert-views/list-alerts";

export const GET = handle({
  access: "catalog:read",
  summary: "Alerts: firing, acknowledged, resolved or suppressed; by team, tier, severity, system or incident; `mine` for what I own",
  query: ZAlertListQuery,
  response: ZAlertList,
  handler: ({ actor, query }) => listAlerts({ actor, query }),
});
