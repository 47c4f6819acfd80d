// POST /api/v1/notifications/{id}/retry — deliver a dead-lettered notification again
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZNotification } from "@/lib/schemas/notify-delivery";
import { retryNotification } from "@/server/notify/retry-notification";

export const POST = handle({
  access: "alerts:manage",
  summary: "Put a dead-lettered notification back in the outbox, due now (409 unless it is DEAD)",
  params: z.object({ id: ZId }),
  response: ZNotification,
  handler: ({ actor, params }) => retryNotification({ actor, id: params.id }),
});
