import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { tokenSelect } from "./token-select";

export type RevokeTokenOptions = { actor: Actor; id: string };

/**
 * Revokes one of the caller's own tokens. The owner is part of every WHERE clause, so someone
 * else's token id is simply not found (404). Revoking twice is a no-op. The row is kept (with
 * revokedAt) for the audit trail; the audit action is DELETE because the token is gone for good.
 */
export async function revokeToken({ actor, id }: RevokeTokenOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const owned = { id, userId: actor.userId, scope: "FULL" as const };
    const before = await tx.apiToken.findFirst({ where: owned, select: tokenSelect });
    if (!before) throw AppError.notFound("token");
    if (before.revokedAt) return;
    // revokedAt: null in the WHERE clause: of two concurrent revokes only one writes and audits.
    const { count } = await tx.apiToken.updateMany({ where: { ...owned, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return;
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: tokenSelect });
    await writeAudit(tx, {
      actor,
      action: "DELETE",
      entityType: "API_TOKEN",
      entityId: id,
      before: { ...before, userId: actor.userId },
      after: { ...after, userId: actor.userId },
    });
  });
}
