import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZSystemUpdate } from "@/lib/schemas/system";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { SYSTEM_ENTITY, systemReferences, systemSelect } from "./system-select";

export type UpdateSystemOptions = { actor: Actor; id: string; input: z.output<typeof ZSystemUpdate> };

export async function updateSystem({ actor, id, input }: UpdateSystemOptions) {
  const { version, ...data } = input;
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: SYSTEM_ENTITY, id, version,
      find: () => tx.system.findUnique({ where: { id }, select: systemSelect }),
      check: () => checkReferences(tx, systemReferences(data)),
      write: (where, next) => tx.system.updateMany({ where, data: { ...data, version: next } }),
      reread: () => tx.system.findUniqueOrThrow({ where: { id }, select: systemSelect }),
    }),
  );
}
