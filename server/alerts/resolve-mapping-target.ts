import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import type { SubjectType } from "@/server/generated/prisma/enums";

/** The system (and interface) a rule's target names; a 422 at targetId when it does not exist. */
export async function resolveMappingTarget({ tx, targetType, targetId }: { tx: Tx; targetType: SubjectType; targetId: string }) {
  if (targetType === "SYSTEM") {
    const system = await tx.system.findUnique({ where: { id: targetId }, select: { id: true } });
    if (!system) throw AppError.validation([{ path: "targetId", message: { key: "unknownSystem" } }]);
    return { systemId: system.id, interfaceId: null };
  }
  const itf = await tx.interface.findUnique({ where: { id: targetId }, select: { id: true, providerSystemId: true } });
  if (!itf) throw AppError.validation([{ path: "targetId", message: { key: "unknownInterface" } }]);
  return { systemId: itf.providerSystemId, interfaceId: itf.id };
}
