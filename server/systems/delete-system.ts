import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { describeReferences } from "@/server/shared/describe-references";
import { systemSelect } from "./system-select";

export type DeleteSystemOptions = { actor: Actor; id: string };

/** Refuses (409) while interfaces reference the system: no silent cascade. */
export async function deleteSystem({ actor, id }: DeleteSystemOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.system.findUnique({ where: { id }, select: systemSelect });
    if (!before) throw AppError.notFound("system");
    const where = { OR: [{ providerSystemId: id }, { consumerSystemId: id }, { viaSystemId: id }] };
    const [refs, total] = await Promise.all([
      tx.interface.findMany({ where, select: { key: true }, orderBy: { key: "asc" }, take: 10 }),
      tx.interface.count({ where }),
    ]);
    if (total > 0) {
      throw AppError.conflict(
        { key: "systemStillReferenced", params: { system: before.key, references: describeReferences("interface", refs.map((r) => r.key), total) } },
        refs.map((r) => ({ path: "interfaces", message: { key: "recordKey", params: { key: r.key } } })),
      );
    }
    await tx.system.delete({ where: { id } });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "SYSTEM", entityId: id, before });
  });
}
