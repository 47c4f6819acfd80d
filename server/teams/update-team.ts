import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZTeamUpdate } from "@/lib/schemas/team";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { checkReferences } from "@/server/shared/check-references";
import { memberReferences, teamSelect, toTeam } from "./team-select";

export type UpdateTeamOptions = { actor: Actor; id: string; input: z.output<typeof ZTeamUpdate> };

/** `members`, when sent, replaces the whole membership list. */
export async function updateTeam({ actor, id, input }: UpdateTeamOptions) {
  const { version, members, ...data } = input;
  return db().$transaction(async (tx) => {
    const found = await tx.team.findUnique({ where: { id }, select: teamSelect });
    if (!found) throw AppError.notFound("Team");
    if (found.version !== version) throw AppError.staleVersion("This team");
    await checkReferences(tx, memberReferences(members));
    // The version in the WHERE clause makes a concurrent writer lose cleanly instead of overwriting.
    const { count } = await tx.team.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw AppError.staleVersion("This team");
    if (members) {
      await tx.teamMember.deleteMany({ where: { teamId: id } });
      await tx.teamMember.createMany({ data: members.map((m) => ({ ...m, teamId: id })) });
    }
    const before = toTeam(found);
    const after = toTeam(await tx.team.findUniqueOrThrow({ where: { id }, select: teamSelect }));
    await writeAudit(tx, { actor, action: "UPDATE", entityType: "TEAM", entityId: id, before, after });
    return after;
  });
}
