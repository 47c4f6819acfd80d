import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { refSelect } from "@/server/shared/ref-select";
import { systemSelect } from "./system-select";

export type GetSystemOptions = { idOrKey: string };

/** How many interfaces of each direction a detail embeds; the rest are paged through /interfaces. */
export const EMBEDDED_INTERFACES = 50;

const interfaceSelect = { id: true, key: true, name: true, style: true, mode: true, tier: true, lifecycle: true } as const;
const embedded = { orderBy: { name: "asc" }, take: EMBEDDED_INTERFACES } as const;

/**
 * A system with its first inbound, outbound and brokered interfaces and their totals. A hub can
 * have thousands of consumers: embedding them all would make one detail cost seconds.
 */
export async function getSystem(o: GetSystemOptions) {
  const found = await db().system.findFirst({
    where: idOrKey(o.idOrKey),
    select: {
      ...systemSelect,
      providedInterfaces: { select: { ...interfaceSelect, consumer: { select: refSelect } }, ...embedded },
      consumedInterfaces: { select: { ...interfaceSelect, provider: { select: refSelect } }, ...embedded },
      brokeredInterfaces: {
        select: { ...interfaceSelect, provider: { select: refSelect }, consumer: { select: refSelect } },
        ...embedded,
      },
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
