import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { interfaceSelect } from "./interface-select";

export type DeleteInterfaceOptions = { actor: Actor; id: string };

/** Nothing references an interface, so it can always go; the audit entry keeps its last state. */
export async function deleteInterface({ actor, id }: DeleteInterfaceOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.interface.findUnique({ where: { id }, select: interfaceSelect });
    if (!before) throw AppError.notFound("interface");
    await tx.interface.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "INTERFACE", entityId: id, before });
  });
}
