import "server-only";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { THandover, TOwnedEntityType, TOwnershipRole } from "@/lib/schemas/user";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError, type FieldError } from "@/server/http/app-error";
import { systemSelect } from "@/server/systems/system-select";
import { interfaceSelect } from "@/server/interfaces/interface-select";

export type HandOverOwnershipsOptions = { tx: Tx; actor: Actor; userId: string; handovers: THandover[] };

type OwnerData = { technicalOwnerId?: string; businessOwnerId?: string };
type Owned = { id: string; technicalOwnerId: string | null; businessOwnerId: string | null };

const FIELD: Record<TOwnershipRole, keyof OwnerData> = { technicalOwner: "technicalOwnerId", businessOwner: "businessOwnerId" };

/**
 * The person's records, locked (in id order, so two hand-overs cannot deadlock) so nobody changes
 * their owners between our check and our write.
 */
async function lockOwned(tx: Tx, userId: string): Promise<{ SYSTEM: Owned[]; INTERFACE: Owned[] }> {
  const [systems, interfaces] = [
    await tx.$queryRaw<Owned[]>`
      SELECT id, "technicalOwnerId", "businessOwnerId" FROM "System"
       WHERE "technicalOwnerId" = ${userId} OR "businessOwnerId" = ${userId} ORDER BY id FOR UPDATE`,
    await tx.$queryRaw<Owned[]>`
      SELECT id, "technicalOwnerId", NULL::text AS "businessOwnerId" FROM "Interface"
       WHERE "technicalOwnerId" = ${userId} ORDER BY id FOR UPDATE`,
  ];
  return { SYSTEM: systems, INTERFACE: interfaces };
}

/** Unknown or deactivated targets, and the person themselves, as 422s at handovers.N.toUserId. */
async function checkTargets(tx: Tx, userId: string, handovers: THandover[]): Promise<FieldError[]> {
  const ids = [...new Set(handovers.flatMap((h) => (h.toUserId ? [h.toUserId] : [])))];
  const users = new Map((await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, active: true } })).map((u) => [u.id, u]));
  return handovers.flatMap((h, i): FieldError[] => {
    if (!h.toUserId) return [];
    const path = `handovers.${i}.toUserId`;
    if (h.toUserId === userId) return [{ path, message: { key: "handOverToSomeoneElse" } }];
    const user = users.get(h.toUserId);
    if (!user) return [{ path, message: { key: "unknownUser" } }];
    // Handing over to someone who already left only moves the gap.
    return user.active ? [] : [{ path, message: { key: "userDeactivated" } }];
  });
}

/** Writes one record type's new owners: version + 1 and one UPDATE audit entry per record, as its PATCH does. */
async function write(tx: Tx, actor: Actor, type: TOwnedEntityType, changes: Map<string, OwnerData>) {
  if (changes.size === 0) return;
  const ids = [...changes.keys()].sort();
  const read = (rows: string[]) =>
    type === "SYSTEM"
      ? tx.system.findMany({ where: { id: { in: rows } }, select: systemSelect })
      : tx.interface.findMany({ where: { id: { in: rows } }, select: interfaceSelect });
  const before = new Map((await read(ids)).map((r) => [r.id, r]));
  // Records getting the same new owners are written in one statement.
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = JSON.stringify(changes.get(id));
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  for (const [key, group] of groups) {
    const data = { ...(JSON.parse(key) as OwnerData), version: { increment: 1 } };
    if (type === "SYSTEM") await tx.system.updateMany({ where: { id: { in: group } }, data });
    else await tx.interface.updateMany({ where: { id: { in: group } }, data });
  }
  // Sequential on purpose: one connection per transaction, and the entries keep a stable order.
  for (const after of await read(ids)) {
    await writeAudit(tx, { actor, action: "UPDATE", entityType: type, entityId: after.id, before: before.get(after.id), after });
  }
}

/**
 * Gives each listed ownership of `userId` to its new owner, inside the caller's transaction; all or
 * nothing. A hand-over must name an ownership the person really has (else 422 at handovers.N);
 * `toUserId: null` and ownerships not listed stay with the person and show as gaps.
 */
export async function handOverOwnerships({ tx, actor, userId, handovers }: HandOverOwnershipsOptions) {
  const owned = await lockOwned(tx, userId);
  const rows = { SYSTEM: new Map(owned.SYSTEM.map((r) => [r.id, r])), INTERFACE: new Map(owned.INTERFACE.map((r) => [r.id, r])) };
  const total = owned.SYSTEM.reduce((n, r) => n + (r.technicalOwnerId === userId ? 1 : 0) + (r.businessOwnerId === userId ? 1 : 0), 0)
    + owned.INTERFACE.length;

  const errors: FieldError[] = handovers.flatMap((h, i) =>
    rows[h.entityType].get(h.entityId)?.[FIELD[h.role]] === userId
      ? []
      : [{ path: `handovers.${i}.entityId`, message: { key: h.role === "technicalOwner" ? "notTechnicalOwnership" : "notBusinessOwnership" } }],
  );
  errors.push(...(await checkTargets(tx, userId, handovers)));
  if (errors.length) throw AppError.validation(errors, { key: "handOversRefused" });

  const changes = { SYSTEM: new Map<string, OwnerData>(), INTERFACE: new Map<string, OwnerData>() };
  let handedOver = 0;
  for (const h of handovers) {
    if (!h.toUserId) continue;
    const data = changes[h.entityType].get(h.entityId) ?? {};
    changes[h.entityType].set(h.entityId, { ...data, [FIELD[h.role]]: h.toUserId });
    handedOver += 1;
  }
  await write(tx, actor, "SYSTEM", changes.SYSTEM);
  await write(tx, actor, "INTERFACE", changes.INTERFACE);
  return { handedOver, leftAsGaps: total - handedOver };
}
