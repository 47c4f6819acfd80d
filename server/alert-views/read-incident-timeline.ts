import "server-only";
import { db } from "@/server/db";
import type { TTimelineItem } from "@/lib/schemas/alert-views";
import { userRefSelect } from "@/server/shared/ref-select";

export type ReadIncidentTimelineOptions = {
  incidentId: string;
  alertIds: string[];
  /** The systems whose deployments matter: the incident's and those on its symptoms' paths. */
  systemIds: string[];
  from: Date;
  to: Date;
};

/** Deployments this long before the incident opened are shown: "what changed just before?" */
export const DEPLOYMENTS_BEFORE_MS = 2 * 60 * 60 * 1000;
const MAX_ITEMS = 500;

/**
 * What happened, oldest first: deployments just before, each alert's state changes, every
 * notification with its delivery, and people's actions (acknowledge, resolve, assign) from the
 * audit log. Each source is capped, so a flapping alert cannot make the page unreadable.
 */
export async function readIncidentTimeline(o: ReadIncidentTimelineOptions): Promise<TTimelineItem[]> {
  const since = new Date(o.from.getTime() - DEPLOYMENTS_BEFORE_MS);
  const [transitions, notifications, audits, deployments] = await Promise.all([
    db().alertTransition.findMany({ where: { alertId: { in: o.alertIds } }, orderBy: { at: "desc" }, take: MAX_ITEMS }),
    db().notification.findMany({ where: { incidentId: o.incidentId }, orderBy: { createdAt: "desc" }, take: MAX_ITEMS }),
    db().auditEntry.findMany({
      where: { OR: [{ entityType: "INCIDENT", entityId: o.incidentId }, { entityType: "ALERT", entityId: { in: o.alertIds } }] },
      orderBy: { at: "desc" }, take: MAX_ITEMS,
    }),
    db().deployment.findMany({
      where: { systemId: { in: o.systemIds }, at: { gte: since, lte: o.to } },
      orderBy: { at: "desc" }, take: 50, select: { at: true, version: true, environment: true, status: true, link: true, system: { select: { id: true, key: true, name: true } } },
    }),
  ]);
  const [alerts, users, channels] = await Promise.all([
    db().alert.findMany({ where: { id: { in: o.alertIds } }, select: { id: true, title: true } }),
    db().user.findMany({
      where: { id: { in: [...transitions.map((t) => t.actorId), ...notifications.map((n) => n.userId)].filter((x): x is string => !!x) } },
      select: userRefSelect,
    }),
    db().notificationChannel.findMany({ where: { id: { in: notifications.map((n) => n.channelId).filter((x): x is string => !!x) } }, select: { id: true, name: true } }),
  ]);
  const title = new Map(alerts.map((a) => [a.id, a.title]));
  const user = new Map(users.map((u) => [u.id, u]));
  const channel = new Map(channels.map((c) => [c.id, c.name]));
  const items: TTimelineItem[] = [
    ...deployments.map((d): TTimelineItem => ({
      type: "deployment", at: d.at.toISOString(), system: d.system, version: d.version, environment: d.environment, status: d.status, link: d.link,
    })),
    ...transitions.map((t): TTimelineItem => ({
      type: "alert", at: t.at.toISOString(), alertId: t.alertId, alertTitle: title.get(t.alertId) ?? "", from: t.fromState, to: t.toState,
      actor: t.actorId ? user.get(t.actorId) ?? null : null,
    })),
    ...notifications.map((n): TTimelineItem => ({
      type: "notification", at: n.createdAt.toISOString(), notificationId: n.id, kind: n.kind,
      target: (n.channelId && channel.get(n.channelId)) || (n.userId && user.get(n.userId)?.name) || "",
      targetNote: n.targetNote, state: n.state, attempts: n.attempts, deliveredAt: n.deliveredAt?.toISOString() ?? null, lastError: n.lastError,
    })),
    ...audits.map((a): TTimelineItem => ({
      type: "action", at: a.at.toISOString(), action: a.action, entity: a.entityType === "INCIDENT" ? "INCIDENT" : "ALERT",
      actor: { userId: a.actorUserId, label: a.actorLabel }, after: (a.after as Record<string, unknown> | null) ?? null,
    })),
  ];
  return items.sort((a, b) => a.at.localeCompare(b.at));
}
