import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { ROLE_PERMISSIONS } from "@/server/auth/permissions";
import type { ZMeUpdate } from "@/lib/schemas/user";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { userSelect } from "./user-select";

export type UpdateCurrentUserOptions = { actor: Actor; input: z.output<typeof ZMeUpdate> };

/**
 * Own name and locale (the UI remembers the language here). No version check: only the user
 * edits these fields of their own record, so last write wins. The version still increments so an
 * admin's form open on this user notices the change.
 */
export async function updateCurrentUser({ actor, input }: UpdateCurrentUserOptions) {
  return db().$transaction(async (tx) => {
    const id = actor.userId;
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw AppError.notFound("user");
    const after = await tx.user.update({ where: { id }, data: { ...input, version: { increment: 1 } }, select: userSelect });
    await writeAudit(tx, { actor, action: "UPDATE", entityType: "USER", entityId: id, before, after });
    return { ...after, permissions: [...ROLE_PERMISSIONS[after.role]] };
  });
}
