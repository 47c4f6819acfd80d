// GET /api/v1/notifications — the delivery log
import { handle } from "@/server/http/handler";
import { ZNotificationListQuery, ZNotificationPage } from "@/lib/schemas/notify-delivery";
import { listNotifications } from "@/server/notify/list-notifications";

export const GET = handle({
  access: "catalog:read",
  summary: "List notifications, newest first, with their delivery attempts (filter by state, channel, incident)",
  query: ZNotificationListQuery,
  response: ZNotificationPage,
  handler: ({ query }) => listNotifications({ query }),
});
