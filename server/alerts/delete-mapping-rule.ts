import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";

/** Removes a rule (audited). Alerts already mapped by it keep their system. */
export async function deleteMappingRule({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.alertMappingRule.findUnique({ where: { id } });
    if (!before) throw AppError.notFound("mappingRule");
    await tx.alertMappingRule.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "ALERT_MAPPING", entityId: id, before });
  });
}
