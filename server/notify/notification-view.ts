import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { ZMessage, type TNotification } from "@/lib/schemas/notify-delivery";

/**
 * Notification rows in API shape with their attempts, channels and people (the outbox keeps ids
 * only: a deleted channel still shows its notifications, named "deleted channel").
 */
export async function toNotifications(rows: Prisma.NotificationGetPayload<object>[]): Promise<TNotification[]> {
  const ids = rows.map((r) => r.id);
  const channelIds = [...new Set(rows.flatMap((r) => r.channelId ?? []))];
  const userIds = [...new Set(rows.flatMap((r) => r.userId ?? []))];
  const [attempts, channels, users] = await Promise.all([
    db().notificationAttempt.findMany({ where: { notificationId: { in: ids } }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db().notificationChannel.findMany({ where: { id: { in: channelIds } }, select: { id: true, name: true, kind: true } }),
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, active: true } }),
  ]);
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const attemptsOf = new Map<string, typeof attempts>();
  for (const a of attempts) attemptsOf.set(a.notificationId, [...(attemptsOf.get(a.notificationId) ?? []), a]);
  return rows.map((r) => {
    const parsed = ZMessage.safeParse(r.payload);
    return {
      id: r.id,
      kind: r.kind,
      state: r.state,
      incidentId: r.incidentId,
      channel: r.channelId ? (channelById.get(r.channelId) ?? { id: r.channelId, name: "deleted channel", kind: "WEBHOOK" }) : null,
      user: r.userId ? (userById.get(r.userId) ?? null) : null,
      targetNote: r.targetNote,
      message: parsed.success ? parsed.data : { subject: "", text: "" },
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt.toISOString(),
      deliveredAt: r.deliveredAt?.toISOString() ?? null,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      attemptLog: (attemptsOf.get(r.id) ?? []).map((a) => ({
        at: a.at.toISOString(), ok: a.ok, httpStatus: a.httpStatus, error: a.error, durationMs: a.durationMs,
      })),
    };
  });
}
