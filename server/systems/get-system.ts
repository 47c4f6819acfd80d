import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { systemSelect } from "./system-select";

export type GetSystemOptions = { idOrKey: string };

/**
 * A system with its team and owners. Its interfaces are paged through
 * /interfaces?providerSystemId=… / consumerSystemId / viaSystemId: a hub can have thousands, and
 * even counting them here tripled this lookup's tail latency (README, Performance).
 */
export async function getSystem(o: GetSystemOptions) {
  const system = await db().system.findFirst({ where: idOrKey(o.idOrKey), select: systemSelect });
  if (!system) throw AppError.notFound("System");
  return system;
}
