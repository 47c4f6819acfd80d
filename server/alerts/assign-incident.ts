import "server-only";
import { db } from "@/server/db";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import type { AssignOptions } from "./assign-alert";

/** PATCH /api/v1/incidents/{id}: who leads it (an active person, or nobody). */
export async function assignIncident({ actor, id, assigneeId, version }: AssignOptions) {
  return db().$transaction(async (tx) => {
    await checkReferences(tx, { users: [{ path: "assigneeId", id: assigneeId }] });
    return versionedUpdate({
      tx, actor, id, version,
      entity: { type: "INCIDENT", name: "incident" },
      find: () => tx.incident.findUnique({ where: { id }, select: { id: true, assigneeId: true, version: true } }),
      write: (where, next) => tx.incident.updateMany({ where, data: { assigneeId, version: next } }),
      reread: () => tx.incident.findUniqueOrThrow({ where: { id } }),
      audit: { after: (a) => ({ assigneeId: a.assigneeId, version: a.version }) },
    });
  });
}
