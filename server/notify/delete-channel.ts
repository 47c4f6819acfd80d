import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { channelSelect, toChannel } from "./channel-select";

export type DeleteChannelOptions = { actor: Actor; id: string };

/**
 * Gone with its team links. Its notifications stay in the delivery log (channelId dangles on
 * purpose: the log keeps what was sent); pending ones fail as "channel deleted" and go DEAD.
 */
export async function deleteChannel({ actor, id }: DeleteChannelOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.notificationChannel.findUnique({ where: { id }, select: channelSelect });
    if (!row) throw AppError.notFound("notificationChannel");
    const before = await toChannel(tx, row);
    await tx.notificationChannel.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "NOTIFICATION_CHANNEL", entityId: id, before });
  });
}
