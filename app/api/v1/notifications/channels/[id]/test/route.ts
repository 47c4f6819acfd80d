// POST /api/v1/notifications/channels/{id}/test — queue a test message through the outbox
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZChannelTestResult } from "@/lib/schemas/notify-channel";
import { testChannel } from "@/server/notify/test-channel";

export const POST = handle({
  access: "alerts:manage",
  summary: "Send a test message to a channel through the outbox; follow its delivery in GET /api/v1/notifications",
  params: z.object({ id: ZId }),
  response: ZChannelTestResult,
  status: 202,
  handler: ({ actor, params }) => testChannel({ actor, id: params.id }),
});
