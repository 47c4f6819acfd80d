import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/http/app-error";
import { userRefSelect } from "@/server/shared/ref-select";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const TEAM_ENTITY = { type: "TEAM", name: "team" } satisfies VersionedEntity;

export const teamSelect = {
  id: true, key: true, name: true, description: true, contactEmail: true, chatChannel: true, onCall: true, onCallUserId: true,
  version: true, createdAt: true, updatedAt: true,
  // Leads first (enum order), then by name.
  members: { select: { user: { select: userRefSelect }, role: true }, orderBy: [{ role: "asc" }, { user: { name: "asc" } }] },
  _count: { select: { systems: true, interfaces: true } },
} satisfies Prisma.TeamSelect;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamSelect }>;

/** The API shape: Prisma's `_count` becomes `counts` (what the team owns). */
export const toTeam = ({ _count, ...team }: TeamRow) => ({ ...team, counts: _count });

/** Members must be existing, active users; reported at members.N.userId. */
export const memberReferences = (members: { userId: string }[] = []) => ({
  users: members.map((m, i) => ({ path: `members.${i}.userId`, id: m.userId })),
});

/** The on-call person must be one of the team's members (after the change). */
export function checkOnCallMember(onCallUserId: string | null | undefined, memberIds: string[]): void {
  if (onCallUserId && !memberIds.includes(onCallUserId)) {
    throw AppError.validation([{ path: "onCallUserId", message: { key: "notATeamMember" } }]);
  }
}
