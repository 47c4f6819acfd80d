import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Tx } from "@/server/db";
import type { AuditAction, EntityType } from "@/server/generated/prisma/enums";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import type { EntityKey } from "@/lib/i18n/problems/types";

type Snapshot = Record<string, unknown>;

/** Names the record in errors: "System was not found", "This system was changed by someone else…". */
export type VersionedEntity = { type: EntityType; name: EntityKey };

export type VersionedUpdateOptions<Before extends { version: number }, After> = {
  tx: Tx;
  actor: Actor;
  entity: VersionedEntity;
  id: string;
  /** The version the client read: the change applies only to that version. */
  version: number;
  find: () => Promise<Before | null>;
  /** Checks against the current record (references, admin rules), before anything is written. */
  check?: (before: Before) => unknown;
  /** The write itself: an updateMany on `where`, setting `version: nextVersion`. */
  write: (where: { id: string; version: number }, nextVersion: { increment: 1 }) => Promise<{ count: number }>;
  /** The record after the write, as the caller returns it. */
  reread: () => Promise<After>;
  /** UPDATE unless given (CONFIRM, DEACTIVATE…). */
  action?: AuditAction | ((before: Before) => AuditAction);
  /** What the audit entry records, when not the records as read (API shape, no secrets…). */
  audit?: { before?: (before: Before) => Snapshot; after?: (after: After) => Snapshot };
};

/**
 * Optimistic concurrency, written once: find → version check → checks → write guarded by the
 * version → re-read → audit entry, all in the caller's transaction so the change and its record
 * commit together. The version is checked twice on purpose: the first check gives a clear 409
 * before any work; the version in the UPDATE's WHERE makes a concurrent writer that got past it
 * lose cleanly (0 rows) instead of overwriting.
 */
export async function versionedUpdate<Before extends { version: number }, After>(o: VersionedUpdateOptions<Before, After>): Promise<After> {
  const stale = () => AppError.staleVersion(o.entity.name);
  const before = await o.find();
  if (!before) throw AppError.notFound(o.entity.name);
  if (before.version !== o.version) throw stale();
  await o.check?.(before);
  const { count } = await o.write({ id: o.id, version: o.version }, { increment: 1 });
  if (count === 0) throw stale();
  const after = await o.reread();
  await writeAudit(o.tx, {
    actor: o.actor,
    action: typeof o.action === "function" ? o.action(before) : (o.action ?? "UPDATE"),
    entityType: o.entity.type,
    entityId: o.id,
    before: o.audit?.before ? o.audit.before(before) : (before as unknown as Snapshot),
    after: o.audit?.after ? o.audit.after(after) : (after as unknown as Snapshot),
  });
  // A record's compliance results commit with the change (a no-op for entities without any).
  await settleOwnCompliance({ tx: o.tx });
  return after;
}
