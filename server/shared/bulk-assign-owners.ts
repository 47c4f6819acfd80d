import "server-only";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import type { Actor } from "@/server/auth/actor";
import { db, type Tx } from "@/server/db";
import type { EntityType } from "@/server/generated/prisma/enums";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError, type FieldError } from "@/server/http/app-error";
import type { TBulkAssignResult, TBulkOwnerSet } from "@/lib/schemas/bulk";

type OwnerField = keyof TBulkOwnerSet;
const OWNER_FIELDS: readonly OwnerField[] = ["teamId", "technicalOwnerId", "businessOwnerId"];

/** A record as its PATCH audits it (the update-<noun> select), with the fields compared here. */
type Snapshot = { id: string; version: number } & Partial<Record<OwnerField, string | null>>;

/** How one record type is read, locked and written; the two thin bulk-assign-<noun>s files supply it. */
export type BulkAssignModel<S extends Snapshot> = {
  entityType: EntityType;
  /** The field message for an id that is not there (unknownSystem / unknownInterface). */
  unknown: "unknownSystem" | "unknownInterface";
  /** Locks the rows (FOR UPDATE, in id order so two bulk calls cannot deadlock); returns the ids found. */
  lock: (tx: Tx, ids: string[]) => Promise<string[]>;
  read: (tx: Tx, ids: string[]) => Promise<S[]>;
  /** Sets `data` and increments the version on every id. */
  write: (tx: Tx, ids: string[], data: TBulkOwnerSet) => Promise<void>;
};

export type BulkAssignOwnersOptions = { actor: Actor; ids: string[]; set: TBulkOwnerSet };

/** Unknown teams and people, and deactivated people, as 422 field errors at `set.<field>`. */
async function checkOwners(tx: Tx, set: TBulkOwnerSet): Promise<void> {
  const errors: FieldError[] = [];
  if (set.teamId && !(await tx.team.findUnique({ where: { id: set.teamId }, select: { id: true } }))) {
    errors.push({ path: "set.teamId", message: { key: "unknownTeam" } });
  }
  for (const field of ["technicalOwnerId", "businessOwnerId"] as const) {
    const id = set[field];
    if (!id) continue;
    const user = await tx.user.findUnique({ where: { id }, select: { active: true } });
    if (!user) errors.push({ path: `set.${field}`, message: { key: "unknownUser" } });
    // Assigning someone who left is exactly how ownership rots; refuse it in bulk as in a PATCH.
    else if (!user.active) errors.push({ path: `set.${field}`, message: { key: "deactivatedCannotOwn" } });
  }
  if (errors.length) throw AppError.validation(errors, { key: "ownersRefused" });
}

/**
 * Sets the same owners on many records, all or nothing. Every record whose values change gets
 * version + 1 and one UPDATE audit entry with the same before/after snapshots its PATCH writes;
 * records already at those values are left alone.
 */
export async function bulkAssignOwners<S extends Snapshot>(
  model: BulkAssignModel<S>,
  { actor, ids, set }: BulkAssignOwnersOptions,
): Promise<TBulkAssignResult> {
  const fields = OWNER_FIELDS.filter((f) => set[f] !== undefined);
  const data = Object.fromEntries(fields.map((f) => [f, set[f]])) as TBulkOwnerSet;
  return db().$transaction(async (tx) => {
    // Locked before they are read: nobody can change them between our snapshot and our write.
    const found = new Set(await model.lock(tx, ids));
    const missing: FieldError[] = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `ids.${i}`, message: { key: model.unknown } }]));
    if (missing.length) {
      throw new AppError("NOT_FOUND", { key: "recordsNotFound", params: { count: missing.length } }, missing);
    }
    await checkOwners(tx, data);

    const before = new Map((await model.read(tx, ids)).map((row) => [row.id, row]));
    const changing = ids.map((id) => before.get(id)!).filter((row) => fields.some((f) => (row[f] ?? null) !== data[f]));
    const versions = new Map([...before.values()].map((row) => [row.id, row.version]));
    if (changing.length) {
      const changedIds = changing.map((row) => row.id);
      await model.write(tx, changedIds, data);
      const after = new Map((await model.read(tx, changedIds)).map((row) => [row.id, row]));
      // Sequential on purpose: one connection per transaction, and entries keep the request's order.
      for (const row of changing) {
        const next = after.get(row.id)!;
        versions.set(row.id, next.version);
        await writeAudit(tx, { actor, action: "UPDATE", entityType: model.entityType, entityId: row.id, before: row, after: next });
      }
    }
    await settleOwnCompliance({ tx });
    return {
      updated: changing.length,
      unchanged: ids.length - changing.length,
      items: ids.map((id) => ({ id, version: versions.get(id)! })),
    };
    // 500 records mean 500 audit rows: more than the 5 s Prisma allows an interactive transaction by default.
  }, { timeout: 30_000 });
}
