import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { writeNotifications } from "./write-notifications";
import { wakeNotifier } from "./wake-notifier";

export type TestChannelOptions = { actor: Actor; id: string };

/** A test message through the outbox, delivered (and logged) like any other; its id to follow it by. */
export async function testChannel({ actor, id }: TestChannelOptions): Promise<{ notificationId: string }> {
  const key = `test:${id}:${randomBytes(8).toString("hex")}`;
  await db().$transaction(async (tx) => {
    const channel = await tx.notificationChannel.findUnique({ where: { id }, select: { name: true } });
    if (!channel) throw AppError.notFound("notificationChannel");
    await writeNotifications(tx, [{
      idempotencyKey: key,
      kind: "TEST",
      incidentId: null,
      channelId: id,
      userId: null,
      targetNote: `test sent by ${actor.name}`,
      message: {
        subject: `[TEST 测试] Junction → ${channel.name}`,
        text: `A test notification sent by ${actor.name}: this channel works.\n${actor.name} 发送的测试通知：此渠道工作正常。`,
      },
    }]);
  });
  wakeNotifier();
  const row = await db().notification.findUniqueOrThrow({ where: { idempotencyKey: key }, select: { id: true } });
  return { notificationId: row.id };
}
