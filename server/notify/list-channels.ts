import "server-only";
import { db } from "@/server/db";
import type { TChannelList } from "@/lib/schemas/notify-channel";
import { channelSelect, toChannels } from "./channel-select";

/** Every channel, by name. */
export async function listChannels(): Promise<TChannelList> {
  return db().$transaction(async (tx) => {
    const rows = await tx.notificationChannel.findMany({ select: channelSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
    return { items: await toChannels(tx, rows) };
  });
}
