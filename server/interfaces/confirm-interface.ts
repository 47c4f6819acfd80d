import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { INTERFACE_ENTITY, interfaceResponseSelect, interfaceSelect, interfaceSnapshot, toInterface } from "./interface-select";

export type ConfirmInterfaceOptions = { actor: Actor; id: string; version: number };

/** "Confirm still accurate" on an interface; see confirm-system.ts for why it bumps the version. */
export async function confirmInterface({ actor, id, version }: ConfirmInterfaceOptions) {
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: INTERFACE_ENTITY, id, version, action: "CONFIRM",
      find: () => tx.interface.findUnique({ where: { id }, select: interfaceSelect }),
      write: (where, next) => tx.interface.updateMany({ where, data: { reviewedAt: new Date(), reviewedById: actor.userId, version: next } }),
      reread: async () => toInterface(await tx.interface.findUniqueOrThrow({ where: { id }, select: interfaceResponseSelect })),
      audit: { after: interfaceSnapshot },
    }),
  );
}
