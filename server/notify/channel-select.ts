import "server-only";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TChannel, TChannelConfig } from "@/lib/schemas/notify-channel";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const CHANNEL_ENTITY: VersionedEntity = { type: "NOTIFICATION_CHANNEL", name: "notificationChannel" };

/** A channel as admins see it: whether it has a secret, never the secret. */
export const channelSelect = {
  id: true, name: true, kind: true, config: true, enabled: true, createdAt: true, version: true,
  secretEncrypted: true,
  teams: { select: { teamId: true } },
} satisfies Prisma.NotificationChannelSelect;

export type ChannelRow = Prisma.NotificationChannelGetPayload<{ select: typeof channelSelect }>;

/** Rows in API shape; the teams are looked up in one query (TeamChannel has no relation to Team). */
export async function toChannels(tx: Tx, rows: ChannelRow[]): Promise<TChannel[]> {
  const teamIds = [...new Set(rows.flatMap((r) => r.teams.map((t) => t.teamId)))];
  const teams = await tx.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, key: true, name: true } });
  const byId = new Map(teams.map((t) => [t.id, t]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    config: r.config as TChannelConfig,
    hasSecret: r.secretEncrypted !== null,
    enabled: r.enabled,
    teams: r.teams.flatMap((t) => byId.get(t.teamId) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

export async function toChannel(tx: Tx, row: ChannelRow): Promise<TChannel> {
  return (await toChannels(tx, [row]))[0];
}
