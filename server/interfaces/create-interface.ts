import "server-only";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZInterfaceCreate } from "@/lib/schemas/interface";
import { writeAudit } from "@/server/audit/write-audit";
import { checkReferences } from "@/server/shared/check-references";
import { checkInterfaceSystems } from "./check-interface-systems";
import { interfaceReferences, interfaceResponseSelect, interfaceSnapshot, toInterface } from "./interface-select";

export type CreateInterfaceOptions = { actor: Actor; input: z.output<typeof ZInterfaceCreate> };

export async function createInterface({ actor, input }: CreateInterfaceOptions) {
  checkInterfaceSystems(input);
  return db().$transaction(async (tx) => {
    await checkReferences(tx, interfaceReferences(input));
    const created = toInterface(await tx.interface.create({ data: input, select: interfaceResponseSelect }));
    await writeAudit(tx, { actor, action: "CREATE", entityType: "INTERFACE", entityId: created.id, after: interfaceSnapshot(created) });
    await settleOwnCompliance({ tx });
    return created;
  });
}
