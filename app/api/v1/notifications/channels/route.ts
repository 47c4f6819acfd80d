// GET /api/v1/notifications/channels — notification channels; POST — create one
import { handle } from "@/server/http/handler";
import { ZChannel, ZChannelCreate, ZChannelList } from "@/lib/schemas/notify-channel";
import { listChannels } from "@/server/notify/list-channels";
import { createChannel } from "@/server/notify/create-channel";

export const GET = handle({
  access: "alerts:manage",
  summary: "List the notification channels (their URLs can carry keys: admins only; secrets are never returned)",
  response: ZChannelList,
  handler: () => listChannels(),
});

export const POST = handle({
  access: "alerts:manage",
  summary: "Create a notification channel (webhook, Slack, Feishu, DingTalk, WeCom or email) and attach it to teams",
  body: ZChannelCreate,
  response: ZChannel,
  status: 201,
  handler: ({ actor, body }) => createChannel({ actor, input: body }),
});
