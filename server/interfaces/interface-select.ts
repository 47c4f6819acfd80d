import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { refSelect, userRefSelect } from "@/server/shared/ref-select";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const INTERFACE_ENTITY = { type: "INTERFACE", name: "interface" } satisfies VersionedEntity;

/** The interface's own fields: what its audit entries record (PATCH, bulk assignment, hand-over, confirm). */
export const interfaceSelect = {
  id: true, key: true, name: true, description: true, style: true, mode: true,
  providerSystemId: true, consumerSystemId: true, viaSystemId: true, endpoint: true, dataObjects: true,
  authMethod: true, contractFormat: true, contractUrl: true,
  deliveryGuarantee: true, idempotent: true, retryPolicy: true, deadLetterQueue: true, tlsInTransit: true,
  sloAvailabilityPct: true, sloLatencyP95Ms: true, sloFreshnessMinutes: true,
  tier: true, lifecycle: true,
  teamId: true, technicalOwnerId: true, version: true, createdAt: true, updatedAt: true,
  provider: { select: refSelect },
  consumer: { select: refSelect },
  via: { select: refSelect },
  team: { select: refSelect },
  technicalOwner: { select: userRefSelect },
  reviewedAt: true,
  reviewedBy: { select: userRefSelect },
} satisfies Prisma.InterfaceSelect;

/** What the API answers with: the own fields plus what the provider system lends (see toInterface). */
export const interfaceResponseSelect = {
  ...interfaceSelect,
  provider: { select: { ...refSelect, team: { select: refSelect }, technicalOwner: { select: userRefSelect } } },
} satisfies Prisma.InterfaceSelect;

type InterfaceResponseRow = Prisma.InterfaceGetPayload<{ select: typeof interfaceResponseSelect }>;

/**
 * The API shape. An interface without its own team or technical owner is answered for by its
 * provider system's: `inherited` names them, only for the fields the interface leaves empty, so
 * a screen can show them marked as inherited without ever mistaking them for the interface's own.
 */
export function toInterface(row: InterfaceResponseRow) {
  const { team, technicalOwner, ...provider } = row.provider;
  return {
    ...row,
    provider,
    inherited: { team: row.team ? null : team, technicalOwner: row.technicalOwner ? null : technicalOwner },
  };
}

export type TInterfaceResponse = ReturnType<typeof toInterface>;

/** The audit snapshot of a response: the own fields only (derived `inherited` is not history). */
export const interfaceSnapshot = ({ inherited: _inherited, ...own }: TInterfaceResponse) => own;

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
