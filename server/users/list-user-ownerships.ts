import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { refSelect } from "@/server/shared/ref-select";
import type { TOwnershipTeam, TUserOwnership, TUserOwnerships } from "@/lib/schemas/user";

export type ListUserOwnershipsOptions = { id: string };

const recordSelect = { id: true, key: true, name: true, tier: true, lifecycle: true, teamId: true } as const;

const TYPE_ORDER = { SYSTEM: 0, INTERFACE: 1 } as const;
const ROLE_ORDER = { technicalOwner: 0, businessOwner: 1 } as const;

// Tier first (the most critical on top), then name; ties broken so the order never wobbles.
const byTierThenName = (a: TUserOwnership, b: TUserOwnership) =>
  a.tier - b.tier ||
  a.name.localeCompare(b.name) ||
  TYPE_ORDER[a.entityType] - TYPE_ORDER[b.entityType] ||
  ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
  a.id.localeCompare(b.id);

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The teams named, each with its active leads by name: who can take a record over. */
async function describeTeams(ids: string[]): Promise<TOwnershipTeam[]> {
  if (ids.length === 0) return [];
  const rows = await db().team.findMany({
    where: { id: { in: ids } },
    select: {
      ...refSelect,
      members: {
        where: { role: "LEAD", user: { active: true } },
        select: { user: { select: { id: true, name: true } } },
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      },
    },
  });
  return rows.map(({ members, ...team }) => ({ ...team, activeLeads: members.map((m) => m.user) })).sort(byName);
}

/**
 * Everything a person answers for: systems as technical or business owner, interfaces as technical
 * owner (only what is set on the record; an interface inheriting its provider's owner is the
 * provider system's ownership), the teams of those records with their active leads (described
 * once, not per record, so thousands of records stay a lean payload), and the teams the person
 * leads. A fixed number of indexed queries, whatever the person owns.
 */
export async function listUserOwnerships({ id }: ListUserOwnershipsOptions): Promise<TUserOwnerships> {
  const [user, systems, interfaces, led] = await Promise.all([
    db().user.findUnique({ where: { id }, select: { id: true } }),
    db().system.findMany({
      where: { OR: [{ technicalOwnerId: id }, { businessOwnerId: id }] },
      select: { ...recordSelect, technicalOwnerId: true, businessOwnerId: true },
    }),
    db().interface.findMany({ where: { technicalOwnerId: id }, select: recordSelect }),
    db().teamMember.findMany({ where: { userId: id, role: "LEAD" }, select: { teamId: true } }),
  ]);
  if (!user) throw AppError.notFound("user");

  const items: TUserOwnership[] = [];
  for (const { technicalOwnerId, businessOwnerId, ...s } of systems) {
    if (technicalOwnerId === id) items.push({ entityType: "SYSTEM", ...s, role: "technicalOwner" });
    if (businessOwnerId === id) items.push({ entityType: "SYSTEM", ...s, role: "businessOwner" });
  }
  for (const i of interfaces) items.push({ entityType: "INTERFACE", ...i, role: "technicalOwner" });
  items.sort(byTierThenName);

  const recordTeamIds = new Set(items.flatMap((o) => (o.teamId ? [o.teamId] : [])));
  const described = await describeTeams([...new Set([...recordTeamIds, ...led.map((l) => l.teamId)])]);
  const teamsLed = described
    .filter((team) => led.some((l) => l.teamId === team.id))
    .map(({ activeLeads, ...team }) => ({ ...team, otherActiveLeads: activeLeads.filter((l) => l.id !== id).length }));
  return { items, teams: described.filter((team) => recordTeamIds.has(team.id)), teamsLed };
}
