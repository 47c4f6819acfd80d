import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZInitiativeUpdate } from "@/lib/schemas/initiative";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { INITIATIVE_ENTITY, auditSnapshot, initiativeSelect, toInitiative } from "./initiative-select";
import { measureInitiative } from "./measure-initiative";

export type UpdateInitiativeOptions = { actor: Actor; id: string; input: z.output<typeof ZInitiativeUpdate> };

const NO_PROGRESS = { total: 0, atTarget: 0, ratio: 1 };

export async function updateInitiative({ actor, id, input }: UpdateInitiativeOptions) {
  const { version, deadline, ...data } = input;
  const updated = await db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: INITIATIVE_ENTITY, id, version,
      find: () => tx.initiative.findUnique({ where: { id }, select: initiativeSelect }),
      write: (where, next) => tx.initiative.updateMany({
        where, data: { ...data, ...(deadline ? { deadline: new Date(`${deadline}T00:00:00Z`) } : {}), version: next },
      }),
      reread: () => tx.initiative.findUniqueOrThrow({ where: { id }, select: initiativeSelect }),
      audit: { before: (r) => auditSnapshot(toInitiative(r, NO_PROGRESS)), after: (r) => auditSnapshot(toInitiative(r, NO_PROGRESS)) },
    }),
  );
  return toInitiative(updated, await measureInitiative({ initiative: updated }));
}
