import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";

/** The interface's id from its id or key; 404 when there is none. */
export async function findInterfaceId({ idOrKey: value }: { idOrKey: string }): Promise<string> {
  const found = await db().interface.findFirst({ where: idOrKey(value), select: { id: true } });
  if (!found) throw AppError.notFound("interface");
  return found.id;
}
