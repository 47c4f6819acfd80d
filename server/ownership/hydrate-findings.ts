import "server-only";
import { db } from "@/server/db";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { BUS_FACTOR_RECORDS_LIMIT, QUIET_TEAM_RECORDS_LIMIT, severityOfTier } from "./ownership-rules";
import type { GapRow, TUserRefRow } from "./gap-row";

type Ref = { id: string; key: string; name: string };
type RecordRef = TGapFinding["records"][number];
type OwnedRecord = RecordRef & { holder: string };

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];

async function readTeams(ids: string[]): Promise<Map<string, Ref>> {
  if (!ids.length) return new Map();
  const rows = await db().team.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, name: true } });
  return new Map(rows.map((t) => [t.id, t]));
}

async function readUsers(ids: string[]): Promise<Map<string, TUserRefRow>> {
  if (!ids.length) return new Map();
  const rows = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true, active: true } });
  return new Map(rows.map((u) => [u.id, u]));
}

const byHolder = (rows: OwnedRecord[]) => {
  const map = new Map<string, RecordRef[]>();
  for (const { holder, ...record } of rows) map.set(holder, [...(map.get(holder) ?? []), record]);
  return map;
};

/** The tier-0/1 systems each person carries, most critical first. */
async function readBusFactorRecords(personIds: string[]): Promise<Map<string, RecordRef[]>> {
  if (!personIds.length) return new Map();
  return byHolder(await db().$queryRaw<OwnedRecord[]>`
    SELECT holder, type, id, key, name, tier FROM (
      SELECT s."technicalOwnerId" AS holder, 'SYSTEM'::text AS type, s."id", s."key", s."name", s."tier"::int AS tier,
             row_number() OVER (PARTITION BY s."technicalOwnerId" ORDER BY s."tier", s."name" COLLATE "C", s."id") AS n
        FROM "System" s
       WHERE s."technicalOwnerId" = ANY(${personIds}::text[]) AND s."tier" <= 1 AND s."lifecycle" <> 'RETIRED') x
     WHERE n <= ${BUS_FACTOR_RECORDS_LIMIT}
     ORDER BY holder, tier, name COLLATE "C", id`);
}

/** The most critical records each team answers for (own, and interfaces inherited through their provider). */
async function readQuietTeamRecords(teamIds: string[]): Promise<Map<string, RecordRef[]>> {
  if (!teamIds.length) return new Map();
  return byHolder(await db().$queryRaw<OwnedRecord[]>`
    SELECT t.id AS holder, x.type, x.id, x.key, x.name, x.tier
      FROM unnest(${teamIds}::text[]) AS t(id)
     CROSS JOIN LATERAL (
       SELECT * FROM (
         (SELECT 'SYSTEM'::text AS type, s."id", s."key", s."name", s."tier"::int AS tier FROM "System" s
           WHERE s."teamId" = t.id AND s."lifecycle" <> 'RETIRED' ORDER BY s."tier", s."name" LIMIT ${QUIET_TEAM_RECORDS_LIMIT})
         UNION ALL
         (SELECT 'INTERFACE', i."id", i."key", i."name", i."tier"::int FROM "Interface" i
           WHERE i."teamId" = t.id AND i."lifecycle" <> 'RETIRED' ORDER BY i."tier", i."name" LIMIT ${QUIET_TEAM_RECORDS_LIMIT})
         UNION ALL
         (SELECT 'INTERFACE', i."id", i."key", i."name", i."tier"::int FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId"
           WHERE p."teamId" = t.id AND i."teamId" IS NULL AND i."lifecycle" <> 'RETIRED' ORDER BY i."tier", i."name" LIMIT ${QUIET_TEAM_RECORDS_LIMIT})
       ) u ORDER BY u.tier, u.name COLLATE "C", u.id LIMIT ${QUIET_TEAM_RECORDS_LIMIT}) x
     ORDER BY holder, x.tier, x.name COLLATE "C", x.id`);
}

/**
 * The team's active leads, for deactivated-owner findings: escalation steps that target the
 * technical owner fall through to them while the owner is deactivated (server/notify/resolve-step-targets.ts).
 */
async function readActiveLeads(teamIds: string[]): Promise<Map<string, TUserRefRow[]>> {
  if (!teamIds.length) return new Map();
  const rows = await db().teamMember.findMany({
    where: { teamId: { in: teamIds }, role: "LEAD", user: { active: true } },
    select: { teamId: true, user: { select: { id: true, name: true, email: true, active: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const map = new Map<string, TUserRefRow[]>();
  for (const r of rows) map.set(r.teamId, [...(map.get(r.teamId) ?? []), r.user]);
  return map;
}

/** Turns one page of findings into the API shape: team and people as refs, the records concerned. */
export async function hydrateFindings(rows: readonly GapRow[]): Promise<TGapFinding[]> {
  const ofRule = (rule: GapRow["rule"]) => unique(rows.filter((r) => r.rule === rule).map((r) => r.id));
  const offTech = (r: GapRow) => r.rule === "deactivated-owner" && r.offOwners.some((o) => o.role === "technicalOwner");
  const [teams, users, busRecords, quietRecords, leads] = await Promise.all([
    readTeams(unique(rows.map((r) => r.teamId))),
    readUsers(unique(rows.flatMap((r) => r.offOwners.map((o) => o.userId)))),
    readBusFactorRecords(ofRule("bus-factor")),
    readQuietTeamRecords(ofRule("quiet-team")),
    readActiveLeads(unique(rows.filter(offTech).map((r) => r.teamId))),
  ]);
  return rows.map((r) => ({
    rule: r.rule,
    severity: severityOfTier(r.sortTier),
    subject: { type: r.subjectType, id: r.id, key: r.key, name: r.name, tier: r.tier },
    team: r.teamId ? (teams.get(r.teamId) ?? null) : null,
    missing: r.missing,
    owners: r.person
      ? [{ role: "technicalOwner" as const, user: r.person }]
      : r.offOwners.flatMap((o) => {
          const user = users.get(o.userId);
          return user ? [{ role: o.role, user }] : [];
        }),
    alertsGoTo: offTech(r) && r.teamId ? (leads.get(r.teamId) ?? []) : [],
    records: (r.rule === "bus-factor" ? busRecords : r.rule === "quiet-team" ? quietRecords : undefined)?.get(r.id) ?? [],
    recordsTotal: r.recordsTotal,
    lastActivityAt: r.lastActivityAt ? r.lastActivityAt.toISOString() : null,
  }));
}
