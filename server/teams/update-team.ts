import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZTeamUpdate } from "@/lib/schemas/team";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { TEAM_ENTITY, checkOnCallMember, memberReferences, teamSelect, toTeam } from "./team-select";

export type UpdateTeamOptions = { actor: Actor; id: string; input: z.output<typeof ZTeamUpdate> };

/** `members`, when sent, replaces the whole membership list. */
export async function updateTeam({ actor, id, input }: UpdateTeamOptions) {
  const { version, members, ...data } = input;
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: TEAM_ENTITY, id, version,
      find: () => tx.team.findUnique({ where: { id }, select: teamSelect }),
      check: async (before) => {
        await checkReferences(tx, memberReferences(members));
        const memberIds = members ? members.map((m) => m.userId) : before.members.map((m) => m.user.id);
        if (data.onCallUserId !== undefined) checkOnCallMember(data.onCallUserId, memberIds);
        // Members replaced without the on-call among them: the team has no on-call any more.
        else if (before.onCallUserId && !memberIds.includes(before.onCallUserId)) data.onCallUserId = null;
      },
      write: async (where, next) => {
        const written = await tx.team.updateMany({ where, data: { ...data, version: next } });
        // Only once the version guard let the write through (0 rows: the helper answers 409).
        if (written.count > 0 && members) {
          await tx.teamMember.deleteMany({ where: { teamId: id } });
          await tx.teamMember.createMany({ data: members.map((m) => ({ ...m, teamId: id })) });
        }
        return written;
      },
      reread: async () => toTeam(await tx.team.findUniqueOrThrow({ where: { id }, select: teamSelect })),
      audit: { before: toTeam },
    }),
  );
}
