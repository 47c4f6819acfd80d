import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";

/** A machine token as admins see it: never the hash. */
export const machineTokenSelect = {
  id: true, name: true, scope: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true,
  user: { select: { id: true, name: true, active: true } },
} satisfies Prisma.ApiTokenSelect;

type Row = Prisma.ApiTokenGetPayload<{ select: typeof machineTokenSelect }>;

export const toMachineToken = ({ user, scope, ...row }: Row) => ({ ...row, scope: scope as "INGEST" | "SCRAPE", createdBy: user });
