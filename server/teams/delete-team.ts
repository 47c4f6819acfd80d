import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { describeReferences } from "@/server/shared/describe-references";
import { teamSelect, toTeam } from "./team-select";

export type DeleteTeamOptions = { actor: Actor; id: string };

/** Refuses (409) while systems or interfaces name the team as owner; memberships go with the team. */
export async function deleteTeam({ actor, id }: DeleteTeamOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.team.findUnique({ where: { id }, select: teamSelect });
    if (!found) throw AppError.notFound("team");
    const where = { teamId: id };
    const keysOf = { select: { key: true }, orderBy: { key: "asc" }, take: 10 } as const;
    const [systems, systemTotal, interfaces, interfaceTotal] = await Promise.all([
      tx.system.findMany({ where, ...keysOf }),
      tx.system.count({ where }),
      tx.interface.findMany({ where, ...keysOf }),
      tx.interface.count({ where }),
    ]);
    const owned = [
      ...(systemTotal ? [describeReferences("system", systems.map((s) => s.key), systemTotal)] : []),
      ...(interfaceTotal ? [describeReferences("interface", interfaces.map((i) => i.key), interfaceTotal)] : []),
    ];
    if (owned.length) {
      // Each owned record's key as a field error: data, the same in every language.
      const keyAt = (path: string) => (key: string) => ({ path, message: { key: "recordKey", params: { key } } }) as const;
      throw AppError.conflict(
        { key: "teamStillOwns", params: { team: found.key, owned } },
        [...systems.map((s) => keyAt("systems")(s.key)), ...interfaces.map((i) => keyAt("interfaces")(i.key))],
      );
    }
    await tx.team.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "TEAM", entityId: id, before: toTeam(found) });
  });
}
