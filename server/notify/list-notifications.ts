import "server-only";
import { db } from "@/server/db";
import type { TNotificationListQuery, TNotificationPage } from "@/lib/schemas/notify-delivery";
import { toNotifications } from "./notification-view";

export type ListNotificationsOptions = { query: TNotificationListQuery };

/** The delivery log, newest first, filtered by state, channel and incident. */
export async function listNotifications({ query }: ListNotificationsOptions): Promise<TNotificationPage> {
  const where = { state: query.state, channelId: query.channelId, incidentId: query.incidentId };
  const [total, rows] = await Promise.all([
    db().notification.count({ where }),
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return { items: await toNotifications(rows), total, page: query.page, pageSize: query.pageSize };
}
