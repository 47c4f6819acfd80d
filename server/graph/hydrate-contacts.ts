import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { userRefSelect } from "@/server/shared/ref-select";

export const contactTeamSelect = {
  id: true, key: true, name: true, onCall: true, chatChannel: true, contactEmail: true,
} satisfies Prisma.TeamSelect;

type ContactTeam = Prisma.TeamGetPayload<{ select: typeof contactTeamSelect }>;
type ContactUser = Prisma.UserGetPayload<{ select: typeof userRefSelect }>;

export type HydrateContactsOptions = { teamIds: Iterable<string>; userIds: Iterable<string> };

/**
 * Teams (with how to reach them) and people for a result set: one query per entity type with an
 * IN list, in parallel, however many systems the result holds. Team names and contacts are not
 * in the in-memory graph on purpose: editing a team must not make every instance reload it.
 */
export async function hydrateContacts(o: HydrateContactsOptions) {
  const teamIds = [...new Set(o.teamIds)];
  const userIds = [...new Set(o.userIds)];
  const [teams, users] = await Promise.all([
    teamIds.length ? db().team.findMany({ where: { id: { in: teamIds } }, select: contactTeamSelect }) : [],
    userIds.length ? db().user.findMany({ where: { id: { in: userIds } }, select: userRefSelect }) : [],
  ]);
  return {
    teams: new Map<string, ContactTeam>(teams.map((t) => [t.id, t])),
    users: new Map<string, ContactUser>(users.map((u) => [u.id, u])),
  };
}
