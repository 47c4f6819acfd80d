import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { interfaceResponseSelect, toInterface } from "./interface-select";

export type GetInterfaceOptions = { idOrKey: string };

export async function getInterface(o: GetInterfaceOptions) {
  const found = await db().interface.findFirst({ where: idOrKey(o.idOrKey), select: interfaceResponseSelect });
  if (!found) throw AppError.notFound("interface");
  return toInterface(found);
}
