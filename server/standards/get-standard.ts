import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { standardSelect, toStandard } from "./standard-select";

export type GetStandardOptions = { idOrKey: string };

export async function getStandard(o: GetStandardOptions) {
  const row = await db().standard.findFirst({ where: idOrKey(o.idOrKey), select: standardSelect });
  if (!row) throw AppError.notFound("standard");
  return toStandard(row);
}
