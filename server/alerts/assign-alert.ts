import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";

export type AssignOptions = { actor: Actor; id: string; assigneeId: string | null; version: number };

/** PATCH /api/v1/alerts/{id}: who is on it (an active person, or nobody). */
export async function assignAlert({ actor, id, assigneeId, version }: AssignOptions) {
  return db().$transaction(async (tx) => {
    await checkReferences(tx, { users: [{ path: "assigneeId", id: assigneeId }] });
    return versionedUpdate({
      tx, actor, id, version,
      entity: { type: "ALERT", name: "alert" },
      find: () => tx.alert.findUnique({ where: { id }, select: { id: true, assigneeId: true, version: true } }),
      write: (where, next) => tx.alert.updateMany({ where, data: { assigneeId, version: next } }),
      reread: () => tx.alert.findUniqueOrThrow({ where: { id } }),
      audit: { after: (a) => ({ assigneeId: a.assigneeId, version: a.version }) },
    });
  });
}
