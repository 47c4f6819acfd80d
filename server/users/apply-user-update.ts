import "server-only";
import type { z } from "zod";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { AuditAction } from "@/server/generated/prisma/enums";
import type { ZUserUpdate } from "@/lib/schemas/user";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { assertAdminChangeAllowed } from "./assert-admin-change-allowed";
import { USER_ENTITY, userSelect } from "./user-select";

export type ApplyUserUpdateOptions = {
  tx: Tx;
  actor: Actor;
  id: string;
  input: Omit<z.output<typeof ZUserUpdate>, "password">;
  /** The new password's hash, computed by the caller before its transaction opened (argon2 is slow). */
  passwordHash?: string;
};

/**
 * Locks every active admin row (in id order, so two transactions cannot deadlock) and counts those
 * other than `targetId`. Two admins demoting each other at once are serialised here: the second
 * one re-reads after the first commits and is refused.
 */
async function countOtherActiveAdmins(tx: Tx, targetId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  return rows.filter((r) => r.id !== targetId).length;
}

function auditAction(wasActive: boolean, active: boolean | undefined): AuditAction {
  if (wasActive && active === false) return "DEACTIVATE";
  if (!wasActive && active === true) return "REACTIVATE";
  return "UPDATE";
}

/**
 * One change to a user inside the caller's transaction: version check, the admin rules, the write,
 * the session cut-off on deactivation or a new password, and the audit entry. PATCH /users/{id}
 * and the deactivation with hand-over both go through here, so deactivation means one thing.
 * Deactivation takes effect at once: the guard reads `active` on every request.
 */
export async function applyUserUpdate({ tx, actor, id, input, passwordHash }: ApplyUserUpdateOptions) {
  const { version, ...data } = input;
  return versionedUpdate({
    tx, actor, entity: USER_ENTITY, id, version,
    find: () => tx.user.findUnique({ where: { id }, select: userSelect }),
    check: (before) =>
      assertAdminChangeAllowed({
        actorUserId: actor.userId,
        target: before,
        change: data,
        countOtherActiveAdmins: () => countOtherActiveAdmins(tx, id),
      }),
    write: (where, next) =>
      tx.user.updateMany({
        where,
        data: {
          ...data,
          passwordHash,
          ...(data.active === false || passwordHash ? { sessionsValidFrom: new Date() } : {}),
          version: next,
        },
      }),
    reread: () => tx.user.findUniqueOrThrow({ where: { id }, select: userSelect }),
    action: (before) => auditAction(before.active, data.active),
    // Record that the password changed, never the password or its hash.
    audit: { after: (after) => (passwordHash ? { ...after, passwordChanged: true } : after) },
  });
}
