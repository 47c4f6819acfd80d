import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TInitiative } from "@/lib/schemas/initiative";
import type { TScope } from "@/lib/schemas/standard";
import { userRefSelect } from "@/server/shared/ref-select";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const INITIATIVE_ENTITY = { type: "INITIATIVE", name: "initiative" } satisfies VersionedEntity;

export const initiativeSelect = {
  id: true, name: true, description: true, appliesTo: true, scope: true, targetLevel: true, deadline: true,
  version: true, createdAt: true, updatedAt: true, createdBy: { select: userRefSelect },
} satisfies Prisma.InitiativeSelect;

export type InitiativeRow = Prisma.InitiativeGetPayload<{ select: typeof initiativeSelect }>;

export const toInitiative = (row: InitiativeRow, progress: TInitiative["progress"]): TInitiative => ({
  ...row,
  scope: row.scope as TScope,
  targetLevel: row.targetLevel as TInitiative["targetLevel"],
  deadline: row.deadline.toISOString().slice(0, 10),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  progress,
});

/** What the audit log keeps: the initiative without its (derived) progress. */
export const auditSnapshot = ({ progress: _p, ...i }: TInitiative) => i;
