import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZSystemUpdate } from "@/lib/schemas/system";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { checkReferences } from "@/server/shared/check-references";
import { systemReferences, systemSelect } from "./system-select";

export type UpdateSystemOptions = { actor: Actor; id: string; input: z.output<typeof ZSystemUpdate> };

export async function updateSystem({ actor, id, input }: UpdateSystemOptions) {
  const { version, ...data } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.system.findUnique({ where: { id }, select: systemSelect });
    if (!before) throw AppError.notFound("System");
    if (before.version !== version) throw AppError.staleVersion("This system");
    await checkReferences(tx, systemReferences(data));
    // The version in the WHERE clause makes a concurrent writer lose cleanly instead of overwriting.
    const { count } = await tx.system.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw AppError.staleVersion("This system");
    const after = await tx.system.findUniqueOrThrow({ where: { id }, select: systemSelect });
    await writeAudit(tx, { actor, action: "UPDATE", entityType: "SYSTEM", entityId: id, before, after });
    return after;
  });
}
