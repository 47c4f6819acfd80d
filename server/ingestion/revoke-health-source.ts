import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { healthSourceSelect } from "./health-source-select";

export type RevokeHealthSourceOptions = { actor: Actor; id: string };

/** From now on its signatures are refused (401). The row and its name stay, for the audit trail. */
export async function revokeHealthSource({ actor, id }: RevokeHealthSourceOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.healthSource.findUnique({ where: { id }, select: healthSourceSelect });
    if (!before) throw AppError.notFound("healthSource");
    const { count } = await tx.healthSource.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return;
    const after = await tx.healthSource.findUniqueOrThrow({ where: { id }, select: healthSourceSelect });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "HEALTH_SOURCE", entityId: id, before, after });
  });
}
