import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { auditSnapshot, initiativeSelect, toInitiative } from "./initiative-select";

export type DeleteInitiativeOptions = { actor: Actor; id: string };

/** Its progress history goes with it; the audit entry keeps what it was. */
export async function deleteInitiative({ actor, id }: DeleteInitiativeOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.initiative.findUnique({ where: { id }, select: initiativeSelect });
    if (!found) throw AppError.notFound("initiative");
    await tx.initiative.delete({ where: { id } });
    await tx.levelSnapshot.deleteMany({ where: { initiativeId: id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "INITIATIVE", entityId: id, before: auditSnapshot(toInitiative(found, { total: 0, atTarget: 0, ratio: 1 })) });
  });
}
