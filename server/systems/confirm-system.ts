import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { systemSelect } from "./system-select";

export type ConfirmSystemOptions = { actor: Actor; id: string; version: number };

/**
 * "Confirm still accurate": stamps reviewer and date without changing content. It bumps the
 * version like an edit, so a form opened before the confirmation cannot overwrite it silently,
 * and it moves updatedAt, which is what takes the system off the stale list (server/ownership).
 */
export async function confirmSystem({ actor, id, version }: ConfirmSystemOptions) {
  return db().$transaction(async (tx) => {
    const before = await tx.system.findUnique({ where: { id }, select: systemSelect });
    if (!before) throw AppError.notFound("System");
    if (before.version !== version) throw AppError.staleVersion("This system");
    const { count } = await tx.system.updateMany({
      where: { id, version },
      data: { reviewedAt: new Date(), reviewedById: actor.userId, version: { increment: 1 } },
    });
    if (count === 0) throw AppError.staleVersion("This system");
    const after = await tx.system.findUniqueOrThrow({ where: { id }, select: systemSelect });
    await writeAudit(tx, { actor, action: "CONFIRM", entityType: "SYSTEM", entityId: id, before, after });
    return after;
  });
}
