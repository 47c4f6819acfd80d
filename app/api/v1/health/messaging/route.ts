// GET /api/v1/health/messaging — each broker with the topics and queues through it
import { handle } from "@/server/http/handler";
import { ZMessagingHealth, ZMessagingQuery } from "@/lib/schemas/messaging-health";
import { getMessagingHealth } from "@/server/health-reports/get-messaging-health";

export const GET = handle({
  access: "catalog:read",
  summary: "Brokers with the interfaces that pass through them: latest backlog, consumer lag, dead-lettered, consumers, and a 24-hour trend",
  query: ZMessagingQuery,
  response: ZMessagingHealth,
  handler: ({ query }) => getMessagingHealth({ query }),
});
