import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { AppError } from "@/server/http/app-error";
import { userDirectorySelect, userSelect } from "./user-select";

export type GetUserOptions = { actor: Actor; id: string };

/** One person: the full record for admins, the directory view (id, name, email, active) for others. */
export async function getUser({ actor, id }: GetUserOptions) {
  const select = can(actor.role, "users:manage") ? userSelect : userDirectorySelect;
  const user = await db().user.findUnique({ where: { id }, select });
  if (!user) throw AppError.notFound("user");
  return user;
}
