import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { STANDARD_TRANSACTION } from "./create-standard";
import { standardSelect, toStandard } from "./standard-select";

export type DeleteStandardOptions = { actor: Actor; id: string };

/** Its waivers and attestations go with it (they vouch for this standard only); the audit keeps it. */
export async function deleteStandard({ actor, id }: DeleteStandardOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.standard.findUnique({ where: { id }, select: standardSelect });
    if (!found) throw AppError.notFound("standard");
    await tx.standard.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "STANDARD", entityId: id, before: toStandard(found) });
    await settleOwnCompliance({ tx });
  }, STANDARD_TRANSACTION);
}
