import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Tx } from "@/server/db";
import type { AuditAction, EntityType } from "@/server/generated/prisma/enums";

type Snapshot = Record<string, unknown> | null | undefined;

export type WriteAuditOptions = {
  actor: Actor;
  action: AuditAction;
  entityType: EntityType;
  entityId: string;
  before?: Snapshot;
  after?: Snapshot;
  /** The import batch that made the change (server/interop), if any. */
  batchId?: string;
};

// JSON round trip: dates become ISO strings, as the API shows them.
const toJson = (s: Snapshot) => (s ? JSON.parse(JSON.stringify(s)) : undefined);

export const auditActorFields = (actor: Actor) => ({
  actorUserId: actor.userId,
  actorTokenId: actor.tokenId ?? null,
  // Who, as they were known then; whether a token acted is its own column (actorTokenId).
  actorLabel: actor.email,
});

/** Writes one audit entry inside the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, o: WriteAuditOptions): Promise<void> {
  await tx.auditEntry.create({
    data: {
      ...auditActorFields(o.actor),
      action: o.action,
      entityType: o.entityType,
      entityId: o.entityId,
      before: toJson(o.before),
      after: toJson(o.after),
      batchId: o.batchId,
    },
  });
}
