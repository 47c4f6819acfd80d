import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { refSelect } from "@/server/shared/ref-select";
import { systemSelect } from "./system-select";

export type GetSystemOptions = { idOrKey: string };

/** A system with its inbound and outbound interfaces. */
export async function getSystem(o: GetSystemOptions) {
  const interfaceSelect = { id: true, key: true, name: true, style: true, mode: true, tier: true, lifecycle: true } as const;
  const system = await db().system.findFirst({
    where: idOrKey(o.idOrKey),
    select: {
      ...systemSelect,
      providedInterfaces: { select: { ...interfaceSelect, consumer: { select: refSelect } }, orderBy: { name: "asc" } },
      consumedInterfaces: { select: { ...interfaceSelect, provider: { select: refSelect } }, orderBy: { name: "asc" } },
      brokeredInterfaces: {
        select: { ...interfaceSelect, provider: { select: refSelect }, consumer: { select: refSelect } },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!system) throw AppError.notFound("System");
  return system;
}
