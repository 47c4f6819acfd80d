import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import type { ZSystemBulkAssign } from "@/lib/schemas/bulk";
import { bulkAssignOwners, type BulkAssignModel } from "@/server/shared/bulk-assign-owners";
import { systemSelect } from "./system-select";

export type BulkAssignSystemsOptions = { actor: Actor; input: z.output<typeof ZSystemBulkAssign> };

// The same select as update-system, so a bulk entry's before/after reads exactly like a PATCH's.
const systems: BulkAssignModel<{ id: string; version: number; teamId: string | null; technicalOwnerId: string | null; businessOwnerId: string | null }> = {
  entityType: "SYSTEM",
  unknown: "unknownSystem",
  lock: async (tx, ids) =>
    (await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "System" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`).map((r) => r.id),
  read: (tx, ids) => tx.system.findMany({ where: { id: { in: ids } }, select: systemSelect }),
  write: async (tx, ids, data) => {
    await tx.system.updateMany({ where: { id: { in: ids } }, data: { ...data, version: { increment: 1 } } });
  },
};

/** Sets team, technical and/or business owner on up to 500 systems at once, each change audited. */
export function bulkAssignSystems({ actor, input }: BulkAssignSystemsOptions) {
  return bulkAssignOwners(systems, { actor, ids: input.ids, set: input.set });
}
