import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import type { ZInterfaceBulkAssign } from "@/lib/schemas/bulk";
import { bulkAssignOwners, type BulkAssignModel } from "@/server/shared/bulk-assign-owners";
import { interfaceSelect } from "./interface-select";

export type BulkAssignInterfacesOptions = { actor: Actor; input: z.output<typeof ZInterfaceBulkAssign> };

// The same select as update-interface, so a bulk entry's before/after reads exactly like a PATCH's.
const interfaces: BulkAssignModel<{ id: string; version: number; teamId: string | null; technicalOwnerId: string | null }> = {
  entityType: "INTERFACE",
  unknown: "unknownInterface",
  lock: async (tx, ids) =>
    (await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Interface" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`).map((r) => r.id),
  read: (tx, ids) => tx.interface.findMany({ where: { id: { in: ids } }, select: interfaceSelect }),
  write: async (tx, ids, { teamId, technicalOwnerId }) => {
    await tx.interface.updateMany({ where: { id: { in: ids } }, data: { teamId, technicalOwnerId, version: { increment: 1 } } });
  },
};

/** Sets team and/or technical owner on up to 500 interfaces at once, each change audited. */
export function bulkAssignInterfaces({ actor, input }: BulkAssignInterfacesOptions) {
  return bulkAssignOwners(interfaces, { actor, ids: input.ids, set: input.set });
}
