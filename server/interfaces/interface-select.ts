import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { refSelect, userRefSelect } from "@/server/shared/ref-select";

export const interfaceSelect = {
  id: true, key: true, name: true, description: true, style: true, mode: true,
  providerSystemId: true, consumerSystemId: true, viaSystemId: true, endpoint: true, dataObjects: true,
  authMethod: true, contractFormat: true, contractUrl: true, tier: true, lifecycle: true,
  teamId: true, technicalOwnerId: true, version: true, createdAt: true, updatedAt: true,
  provider: { select: refSelect },
  consumer: { select: refSelect },
  via: { select: refSelect },
  team: { select: refSelect },
  technicalOwner: { select: userRefSelect },
} satisfies Prisma.InterfaceSelect;

type ReferenceInput = {
  providerSystemId?: string;
  consumerSystemId?: string;
  viaSystemId?: string | null;
  teamId?: string | null;
  technicalOwnerId?: string | null;
};

/** The references a create or update names; absent fields are not checked (they did not change). */
export const interfaceReferences = (input: ReferenceInput) => ({
  systems: [
    { path: "providerSystemId", id: input.providerSystemId },
    { path: "consumerSystemId", id: input.consumerSystemId },
    { path: "viaSystemId", id: input.viaSystemId },
  ],
  teams: [{ path: "teamId", id: input.teamId }],
  users: [{ path: "technicalOwnerId", id: input.technicalOwnerId }],
});
