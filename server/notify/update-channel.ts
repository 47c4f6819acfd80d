import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { sealSecret } from "@/server/health/source-cipher";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { configSchemaFor, type ZChannelUpdate } from "@/lib/schemas/notify-channel";
import { CHANNEL_ENTITY, channelSelect, toChannel } from "./channel-select";

export type UpdateChannelOptions = { actor: Actor; id: string; input: z.output<typeof ZChannelUpdate> };

/** `secret`: a new one replaces it, null clears it, absent keeps it. `teamIds`, when sent, replaces the list. */
export async function updateChannel({ actor, id, input }: UpdateChannelOptions) {
  const { version, teamIds, secret, ...data } = input;
  const teams = teamIds ? [...new Set(teamIds)] : undefined;
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: CHANNEL_ENTITY, id, version,
      find: () => tx.notificationChannel.findUnique({ where: { id }, select: channelSelect }),
      check: async (before) => {
        if (data.config && !configSchemaFor(before.kind).safeParse(data.config).success) {
          throw AppError.validation([{ path: "config", message: { key: "configForKind", params: { kind: before.kind } } }]);
        }
        if (teams) await checkReferences(tx, { teams: teams.map((t, i) => ({ path: `teamIds.${i}`, id: t })) });
      },
      write: async (where, next) => {
        const sealed = secret === undefined ? {} : { secretEncrypted: secret ? sealSecret(secret) : null };
        const written = await tx.notificationChannel.updateMany({ where, data: { ...data, ...sealed, version: next } });
        if (written.count > 0 && teams) {
          await tx.teamChannel.deleteMany({ where: { channelId: id } });
          await tx.teamChannel.createMany({ data: teams.map((teamId) => ({ teamId, channelId: id })) });
        }
        return written;
      },
      reread: async () => toChannel(tx, await tx.notificationChannel.findUniqueOrThrow({ where: { id }, select: channelSelect })),
      // Never the sealed secret in the audit trail: whether there is one, as the API shows it.
      audit: { before: ({ secretEncrypted, teams: t, ...rest }) => ({ ...rest, hasSecret: secretEncrypted !== null, teamIds: t.map((x) => x.teamId) }) },
    }),
  );
}
