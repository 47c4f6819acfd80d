import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZInitiativeCreate } from "@/lib/schemas/initiative";
import { writeAudit } from "@/server/audit/write-audit";
import { auditSnapshot, initiativeSelect, toInitiative } from "./initiative-select";
import { measureInitiative } from "./measure-initiative";

export type CreateInitiativeOptions = { actor: Actor; input: z.output<typeof ZInitiativeCreate> };

export async function createInitiative({ actor, input }: CreateInitiativeOptions) {
  const row = await db().$transaction(async (tx) => {
    const created = await tx.initiative.create({
      data: { ...input, deadline: new Date(`${input.deadline}T00:00:00Z`), createdById: actor.userId },
      select: initiativeSelect,
    });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "INITIATIVE", entityId: created.id, after: auditSnapshot(toInitiative(created, { total: 0, atTarget: 0, ratio: 1 })) });
    return created;
  });
  return toInitiative(row, await measureInitiative({ initiative: row }));
}
