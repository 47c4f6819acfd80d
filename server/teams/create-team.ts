import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZTeamCreate } from "@/lib/schemas/team";
import { writeAudit } from "@/server/audit/write-audit";
import { checkReferences } from "@/server/shared/check-references";
import { checkOnCallMember, memberReferences, teamSelect, toTeam } from "./team-select";

export type CreateTeamOptions = { actor: Actor; input: z.output<typeof ZTeamCreate> };

export async function createTeam({ actor, input }: CreateTeamOptions) {
  const { members, ...data } = input;
  return db().$transaction(async (tx) => {
    await checkReferences(tx, memberReferences(members));
    checkOnCallMember(data.onCallUserId, members.map((m) => m.userId));
    const team = toTeam(
      await tx.team.create({ data: { ...data, members: { create: members } }, select: teamSelect }),
    );
    await writeAudit(tx, { actor, action: "CREATE", entityType: "TEAM", entityId: team.id, after: team });
    return team;
  });
}
