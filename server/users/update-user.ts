import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { hashPassword } from "@/server/auth/password";
import type { ZUserUpdate } from "@/lib/schemas/user";
import { applyUserUpdate } from "./apply-user-update";

export type UpdateUserOptions = { actor: Actor; id: string; input: z.output<typeof ZUserUpdate> };

/** PATCH /users/{id}: the change itself lives in applyUserUpdate, shared with deactivate-user. */
export async function updateUser({ actor, id, input }: UpdateUserOptions) {
  const { password, ...rest } = input;
  // Hash before the transaction: argon2 is slow on purpose.
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  return db().$transaction((tx) => applyUserUpdate({ tx, actor, id, input: rest, passwordHash }));
}
