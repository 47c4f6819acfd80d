import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";

/** A webhook source as admins see it: never the secret. */
export const healthSourceSelect = {
  id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true,
  createdBy: { select: { id: true, name: true, active: true } },
} satisfies Prisma.HealthSourceSelect;
