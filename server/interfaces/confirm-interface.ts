import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { interfaceResponseSelect, interfaceSelect, interfaceSnapshot, toInterface } from "./interface-select";

export type ConfirmInterfaceOptions = { actor: Actor; id: string; version: number };

/** "Confirm still accurate" on an interface; see confirm-system.ts for why it bumps the version. */
export async function confirmInterface({ actor, id, version }: ConfirmInterfaceOptions) {
  return db().$transaction(async (tx) => {
    const before = await tx.interface.findUnique({ where: { id }, select: interfaceSelect });
    if (!before) throw AppError.notFound("Interface");
    if (before.version !== version) throw AppError.staleVersion("This interface");
    const { count } = await tx.interface.updateMany({
      where: { id, version },
      data: { reviewedAt: new Date(), reviewedById: actor.userId, version: { increment: 1 } },
    });
    if (count === 0) throw AppError.staleVersion("This interface");
    const after = toInterface(await tx.interface.findUniqueOrThrow({ where: { id }, select: interfaceResponseSelect }));
    await writeAudit(tx, { actor, action: "CONFIRM", entityType: "INTERFACE", entityId: id, before, after: interfaceSnapshot(after) });
    return after;
  });
}
