import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { sealSecret } from "@/server/health/source-cipher";
import { checkReferences } from "@/server/shared/check-references";
import type { ZChannelCreate } from "@/lib/schemas/notify-channel";
import { channelSelect, toChannel } from "./channel-select";

export type CreateChannelOptions = { actor: Actor; input: z.output<typeof ZChannelCreate> };

/** A channel, its secret sealed like webhook sources' (server/health/source-cipher.ts), attached to teams. */
export async function createChannel({ actor, input }: CreateChannelOptions) {
  const teamIds = [...new Set(input.teamIds)];
  return db().$transaction(async (tx) => {
    await checkReferences(tx, { teams: teamIds.map((id, i) => ({ path: `teamIds.${i}`, id })) });
    const row = await tx.notificationChannel.create({
      data: {
        name: input.name,
        kind: input.kind,
        config: input.config,
        secretEncrypted: input.secret ? sealSecret(input.secret) : null,
        enabled: input.enabled,
        teams: { create: teamIds.map((teamId) => ({ teamId })) },
      },
      select: channelSelect,
    });
    const channel = await toChannel(tx, row);
    await writeAudit(tx, { actor, action: "CREATE", entityType: "NOTIFICATION_CHANNEL", entityId: row.id, after: channel });
    return channel;
  });
}
