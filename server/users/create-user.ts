import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { hashPassword } from "@/server/auth/password";
import type { ZUserCreate } from "@/lib/schemas/user";
import { writeAudit } from "@/server/audit/write-audit";
import { userSelect } from "./user-select";

export type CreateUserOptions = { actor: Actor; input: z.output<typeof ZUserCreate> };

export async function createUser({ actor, input }: CreateUserOptions) {
  const { password, ...data } = input;
  // Hashing is deliberately slow: do it before the transaction opens, not while it holds a connection.
  const passwordHash = await hashPassword(password);
  // A duplicate email is a P2002, answered as 409 on path "email" by server/http/problem.ts.
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...data, passwordHash }, select: userSelect });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "USER", entityId: user.id, after: user });
    return user;
  });
}
