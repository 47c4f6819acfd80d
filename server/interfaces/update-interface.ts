import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZInterfaceUpdate } from "@/lib/schemas/interface";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { checkReferences } from "@/server/shared/check-references";
import { checkInterfaceSystems } from "./check-interface-systems";
import { interfaceReferences, interfaceResponseSelect, interfaceSelect, interfaceSnapshot, toInterface } from "./interface-select";

export type UpdateInterfaceOptions = { actor: Actor; id: string; input: z.output<typeof ZInterfaceUpdate> };

export async function updateInterface({ actor, id, input }: UpdateInterfaceOptions) {
  const { version, ...data } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.interface.findUnique({ where: { id }, select: interfaceSelect });
    if (!before) throw AppError.notFound("Interface");
    if (before.version !== version) throw AppError.staleVersion("This interface");
    checkInterfaceSystems({
      providerSystemId: data.providerSystemId ?? before.providerSystemId,
      consumerSystemId: data.consumerSystemId ?? before.consumerSystemId,
      viaSystemId: data.viaSystemId === undefined ? before.viaSystemId : data.viaSystemId,
    });
    await checkReferences(tx, interfaceReferences(data));
    // The version in the WHERE clause makes a concurrent writer lose cleanly instead of overwriting.
    const { count } = await tx.interface.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw AppError.staleVersion("This interface");
    const after = toInterface(await tx.interface.findUniqueOrThrow({ where: { id }, select: interfaceResponseSelect }));
    await writeAudit(tx, { actor, action: "UPDATE", entityType: "INTERFACE", entityId: id, before, after: interfaceSnapshot(after) });
    return after;
  });
}
