import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { lockDefault, toPolicies } from "./policy-select";

export type DeleteEscalationPolicyOptions = { actor: Actor; id: string };

/** Not the default (409). Incidents escalating under it continue under the default. */
export async function deleteEscalationPolicy({ actor, id }: DeleteEscalationPolicyOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockDefault(tx);
    const row = await tx.escalationPolicy.findUnique({ where: { id } });
    if (!row) throw AppError.notFound("escalationPolicy");
    if (row.isDefault) throw AppError.conflict({ key: "defaultPolicyRequired" });
    const [before] = await toPolicies(tx, [row]);
    await tx.escalationPolicy.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "ESCALATION_POLICY", entityId: id, before });
  });
}
