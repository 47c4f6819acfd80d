import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import type { TNotification } from "@/lib/schemas/notify-delivery";
import { toNotifications } from "./notification-view";
import { wakeNotifier } from "./wake-notifier";

export type RetryNotificationOptions = { actor: Actor; id: string };

/** A dead-lettered notification back to PENDING, due now, with a fresh count of attempts. */
export async function retryNotification({ actor, id }: RetryNotificationOptions): Promise<TNotification> {
  const row = await db().$transaction(async (tx) => {
    const before = await tx.notification.findUnique({ where: { id } });
    if (!before) throw AppError.notFound("notification");
    const { count } = await tx.notification.updateMany({
      where: { id, state: "DEAD" },
      data: { state: "PENDING", attempts: 0, nextAttemptAt: new Date(), leaseUntil: null, leasedBy: null },
    });
    if (count === 0) throw AppError.conflict({ key: "notDeadLettered" });
    // Audited under the channel it goes to (or the person's notification as its own entity id).
    await writeAudit(tx, {
      actor, action: "UPDATE", entityType: "NOTIFICATION_CHANNEL", entityId: before.channelId ?? id,
      before: { notificationId: id, state: "DEAD", attempts: before.attempts }, after: { notificationId: id, state: "PENDING", attempts: 0 },
    });
    return tx.notification.findUniqueOrThrow({ where: { id } });
  });
  wakeNotifier();
  return (await toNotifications([row]))[0];
}
