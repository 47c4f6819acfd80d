import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZSystemCreate } from "@/lib/schemas/system";
import { writeAudit } from "@/server/audit/write-audit";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { checkReferences } from "@/server/shared/check-references";
import { systemReferences, systemSelect } from "./system-select";

export type CreateSystemOptions = { actor: Actor; input: z.output<typeof ZSystemCreate> };

export async function createSystem({ actor, input }: CreateSystemOptions) {
  return db().$transaction(async (tx) => {
    await checkReferences(tx, systemReferences(input));
    const system = await tx.system.create({ data: input, select: systemSelect });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "SYSTEM", entityId: system.id, after: system });
    await settleOwnCompliance({ tx });
    return system;
  });
}
