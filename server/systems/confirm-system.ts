import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { SYSTEM_ENTITY, systemSelect } from "./system-select";

export type ConfirmSystemOptions = { actor: Actor; id: string; version: number };

/**
 * "Confirm still accurate": stamps reviewer and date without changing content. It bumps the
 * version like an edit, so a form opened before the confirmation cannot overwrite it silently,
 * and it moves updatedAt, which is what takes the system off the stale list (server/ownership).
 */
export async function confirmSystem({ actor, id, version }: ConfirmSystemOptions) {
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: SYSTEM_ENTITY, id, version, action: "CONFIRM",
      find: () => tx.system.findUnique({ where: { id }, select: systemSelect }),
      write: (where, next) => tx.system.updateMany({ where, data: { reviewedAt: new Date(), reviewedById: actor.userId, version: next } }),
      reread: () => tx.system.findUniqueOrThrow({ where: { id }, select: systemSelect }),
    }),
  );
}
