// PATCH|DELETE /api/v1/notifications/channels/{id} — change or delete a notification channel
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZChannel, ZChannelUpdate } from "@/lib/schemas/notify-channel";
import { updateChannel } from "@/server/notify/update-channel";
import { deleteChannel } from "@/server/notify/delete-channel";

const params = z.object({ id: ZId });

export const PATCH = handle({
  access: "alerts:manage",
  summary: "Update a channel (send the version you read; secret null clears it, absent keeps it; teamIds replaces the list)",
  params,
  body: ZChannelUpdate,
  response: ZChannel,
  handler: ({ actor, params, body }) => updateChannel({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "alerts:manage",
  summary: "Delete a channel; its notifications stay in the delivery log",
  params,
  handler: ({ actor, params }) => deleteChannel({ actor, id: params.id }),
});
