import "server-only";
import type { Tx } from "@/server/db";
import type { NotificationKind } from "@/server/generated/prisma/enums";
import type { TMessage } from "@/lib/schemas/notify-delivery";

export type NewNotification = {
  idempotencyKey: string;
  kind: NotificationKind;
  incidentId: string | null;
  channelId: string | null;
  userId: string | null;
  targetNote: string;
  message: TMessage;
};

/**
 * Outbox rows in the caller's transaction. The idempotency key is unique and a duplicate is
 * skipped (ON CONFLICT DO NOTHING): when two instances decide the same thing, one row exists.
 */
export async function writeNotifications(tx: Tx, rows: NewNotification[]): Promise<number> {
  if (!rows.length) return 0;
  const { count } = await tx.notification.createMany({
    data: rows.map((r) => ({
      idempotencyKey: r.idempotencyKey,
      kind: r.kind,
      incidentId: r.incidentId,
      channelId: r.channelId,
      userId: r.userId,
      targetNote: r.targetNote.slice(0, 500),
      payload: r.message,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The part of an idempotency key that names the recipient. */
export const targetKey = (t: { channelId: string | null; userId: string | null }) => (t.channelId ? `channel:${t.channelId}` : `user:${t.userId}`);
