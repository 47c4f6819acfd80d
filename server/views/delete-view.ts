import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { auditSnapshot, toView, viewSelect } from "./view-select";

export type DeleteViewOptions = { actor: Actor; id: string };

/** Nothing references a view; the audit entry keeps its last state. */
export async function deleteView({ actor, id }: DeleteViewOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.savedView.findUnique({ where: { id }, select: viewSelect });
    if (!found) throw AppError.notFound("view");
    await tx.savedView.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "VIEW", entityId: id, before: auditSnapshot(toView(found)) });
  });
}
