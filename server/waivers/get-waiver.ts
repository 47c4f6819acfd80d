import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { toWaivers, waiverSelect } from "./waiver-select";

export type GetWaiverOptions = { id: string };

export async function getWaiver({ id }: GetWaiverOptions) {
  const row = await db().waiver.findUnique({ where: { id }, select: waiverSelect });
  if (!row) throw AppError.notFound("waiver");
  return (await toWaivers([row]))[0];
}
