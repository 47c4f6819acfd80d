import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { releaseSuppressedAlerts } from "./release-suppressed-alerts";

/** Removes a window (audited); alerts it kept quiet that still fire are processed at once. */
export async function deleteMaintenance({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.maintenanceWindow.findUnique({ where: { id } });
    if (!before) throw AppError.notFound("maintenanceWindow");
    await tx.maintenanceWindow.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "MAINTENANCE_WINDOW", entityId: id, before });
  });
  await releaseSuppressedAlerts({});
}
