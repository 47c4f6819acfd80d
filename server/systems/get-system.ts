import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { systemSelect } from "./system-select";

export type GetSystemOptions = { idOrKey: string };

/**
 * A system with its owners and how many interfaces it provides, consumes and brokers. The
 * interfaces themselves are paged through /interfaces?providerSystemId=… (a hub can have
 * thousands; embedding them made this lookup several times slower).
 */
export async function getSystem(o: GetSystemOptions) {
  const found = await db().system.findFirst({
    where: idOrKey(o.idOrKey),
    select: {
      ...systemSelect,
      _count: { select: { providedInterfaces: true, consumedInterfaces: true, brokeredInterfaces: true } },
    },
  });
  if (!found) throw AppError.notFound("System");
  const { _count, ...system } = found;
  return {
    ...system,
    interfaceCounts: { provided: _count.providedInterfaces, consumed: _count.consumedInterfaces, brokered: _count.brokeredInterfaces },
  };
}
