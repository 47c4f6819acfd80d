import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { ROLE_PERMISSIONS } from "@/server/auth/permissions";
import { AppError } from "@/server/http/app-error";
import { userSelect } from "./user-select";

export type GetCurrentUserOptions = { actor: Actor };

/** The caller's own full record plus what their role allows (the UI hides what it cannot do). */
export async function getCurrentUser({ actor }: GetCurrentUserOptions) {
  const user = await db().user.findUnique({ where: { id: actor.userId }, select: userSelect });
  if (!user) throw AppError.notFound("user");
  return { ...user, permissions: [...ROLE_PERMISSIONS[user.role]] };
}
