import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";

/** A token as its owner sees it. Never the hash (server/db.ts also omits it globally). */
export const tokenSelect = {
  id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true,
} satisfies Prisma.ApiTokenSelect;
