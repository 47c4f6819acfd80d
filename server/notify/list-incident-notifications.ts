import "server-only";
import { db } from "@/server/db";
import type { TNotification } from "@/lib/schemas/notify-delivery";
import { toNotifications } from "./notification-view";

export type ListIncidentNotificationsOptions = { incidentId: string };

/**
 * For the incident timeline: every notification of one incident, oldest first, each with its
 * target note ("technical owner … is deactivated → team lead …") and its delivery attempts.
 */
export async function listIncidentNotifications({ incidentId }: ListIncidentNotificationsOptions): Promise<TNotification[]> {
  const rows = await db().notification.findMany({ where: { incidentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500 });
  return toNotifications(rows);
}
