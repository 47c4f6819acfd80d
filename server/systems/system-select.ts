import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { refSelect, userRefSelect } from "@/server/shared/ref-select";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const SYSTEM_ENTITY = { type: "SYSTEM", name: "system" } satisfies VersionedEntity;

export const systemSelect = {
  id: true, key: true, name: true, description: true, kind: true, layer: true, tier: true, lifecycle: true,
  vendor: true, isThirdParty: true, teamId: true, technicalOwnerId: true, businessOwnerId: true, tags: true,
  docsUrl: true, repoUrl: true, runbookUrl: true, monitoringUrl: true, domain: true, grouping: true, version: true, createdAt: true, updatedAt: true,
  team: { select: refSelect },
  technicalOwner: { select: userRefSelect },
  businessOwner: { select: userRefSelect },
  reviewedAt: true,
  reviewedBy: { select: userRefSelect },
} satisfies Prisma.SystemSelect;

export const systemReferences = (input: { teamId?: string | null; technicalOwnerId?: string | null; businessOwnerId?: string | null }) => ({
  teams: [{ path: "teamId", id: input.teamId }],
  users: [
    { path: "technicalOwnerId", id: input.technicalOwnerId },
    { path: "businessOwnerId", id: input.businessOwnerId },
  ],
});
