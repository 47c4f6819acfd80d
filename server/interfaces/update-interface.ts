import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZInterfaceUpdate } from "@/lib/schemas/interface";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { checkInterfaceSystems } from "./check-interface-systems";
import { INTERFACE_ENTITY, interfaceReferences, interfaceResponseSelect, interfaceSelect, interfaceSnapshot, toInterface } from "./interface-select";

export type UpdateInterfaceOptions = { actor: Actor; id: string; input: z.output<typeof ZInterfaceUpdate> };

export async function updateInterface({ actor, id, input }: UpdateInterfaceOptions) {
  const { version, ...data } = input;
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: INTERFACE_ENTITY, id, version,
      find: () => tx.interface.findUnique({ where: { id }, select: interfaceSelect }),
      check: async (before) => {
        checkInterfaceSystems({
          providerSystemId: data.providerSystemId ?? before.providerSystemId,
          consumerSystemId: data.consumerSystemId ?? before.consumerSystemId,
          viaSystemId: data.viaSystemId === undefined ? before.viaSystemId : data.viaSystemId,
        });
        await checkReferences(tx, interfaceReferences(data));
      },
      write: (where, next) => tx.interface.updateMany({ where, data: { ...data, version: next } }),
      reread: async () => toInterface(await tx.interface.findUniqueOrThrow({ where: { id }, select: interfaceResponseSelect })),
      audit: { after: interfaceSnapshot },
    }),
  );
}
