import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { tokenSelect } from "./token-select";

export type ListTokensOptions = { actor: Actor };

/** The caller's own tokens, revoked ones included (they show when and that they were revoked). */
export async function listTokens({ actor }: ListTokensOptions) {
  const items = await db().apiToken.findMany({
    where: { userId: actor.userId, scope: "FULL" },
    select: tokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return { items };
}
