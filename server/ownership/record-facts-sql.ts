import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { QUIET_DAYS, STALE_DAYS } from "@/lib/schemas/ownership";

// Timestamps are stored as UTC without a zone; compare them with the database's clock in UTC,
// whatever the session's time zone (tests move dates with `now() - interval …` on the same clock).
// A scalar subquery is computed once per query; the bare expression was evaluated for every row
// (now() is only stable), which cost a fifth of the aggregate's time.
const ago = (days: number) => Prisma.sql`(SELECT (now() AT TIME ZONE 'UTC') - make_interval(days => ${days}::int))`;
export const STALE_CUTOFF = ago(STALE_DAYS);
export const QUIET_CUTOFF = ago(QUIET_DAYS);

/**
 * The interfaces a team answers for: its own, and those without a team whose provider it owns.
 * Written as two indexed lookups (teamId; providerSystemId) instead of a filter on the
 * coalesce, which would scan every interface.
 */
function interfaceScope(teamId: string | null): Prisma.Sql {
  if (!teamId) return Prisma.sql`"Interface"`;
  return Prisma.sql`(
    SELECT * FROM "Interface" WHERE "teamId" = ${teamId}
    UNION ALL
    SELECT * FROM "Interface"
     WHERE "teamId" IS NULL AND "providerSystemId" IN (SELECT "id" FROM "System" WHERE "teamId" = ${teamId}))`;
}

/**
 * One row per non-retired system and interface with the facts every rule needs (see
 * ownership-rules.ts), after inheritance. Columns: type, id, key, name, tier, team_id (effective),
 * tech_id / biz_id (own owners), no_team, no_tech, no_biz, tech_off / biz_off (own owner
 * deactivated), owners_live (every effective owner set and active), last_at, stale, recent
 * (edited or confirmed within QUIET_DAYS). Callers filter on these columns; PostgreSQL pushes
 * the filters into both branches, so e.g. `WHERE stale` reads the updatedAt indexes.
 */
export function recordFactsSql(teamId: string | null): Prisma.Sql {
  const systemTeam = teamId ? Prisma.sql`AND s."teamId" = ${teamId}` : Prisma.empty;
  return Prisma.sql`
    SELECT 'SYSTEM'::text AS type, s."id", s."key", s."name", s."tier", s."teamId" AS team_id,
           s."technicalOwnerId" AS tech_id, s."businessOwnerId" AS biz_id,
           s."teamId" IS NULL AS no_team, s."technicalOwnerId" IS NULL AS no_tech, s."businessOwnerId" IS NULL AS no_biz,
           coalesce(NOT tu."active", false) AS tech_off, coalesce(NOT bu."active", false) AS biz_off,
           coalesce(tu."active" AND bu."active", false) AS owners_live,
           greatest(s."updatedAt", s."reviewedAt") AS last_at,
           (s."updatedAt" < ${STALE_CUTOFF} AND (s."reviewedAt" IS NULL OR s."reviewedAt" < ${STALE_CUTOFF})) AS stale,
           (s."updatedAt" >= ${QUIET_CUTOFF} OR s."reviewedAt" >= ${QUIET_CUTOFF}) AS recent
      FROM "System" s
      LEFT JOIN "User" tu ON tu."id" = s."technicalOwnerId"
      LEFT JOIN "User" bu ON bu."id" = s."businessOwnerId"
     WHERE s."lifecycle" <> 'RETIRED' ${systemTeam}
    UNION ALL
    SELECT 'INTERFACE'::text, i."id", i."key", i."name", i."tier", coalesce(i."teamId", p."teamId"),
           i."technicalOwnerId", NULL::text,
           coalesce(i."teamId", p."teamId") IS NULL, coalesce(i."technicalOwnerId", p."technicalOwnerId") IS NULL, false,
           coalesce(NOT iu."active", false), false,
           coalesce(CASE WHEN i."technicalOwnerId" IS NULL THEN pu."active" ELSE iu."active" END, false),
           greatest(i."updatedAt", i."reviewedAt"),
           (i."updatedAt" < ${STALE_CUTOFF} AND (i."reviewedAt" IS NULL OR i."reviewedAt" < ${STALE_CUTOFF})),
           (i."updatedAt" >= ${QUIET_CUTOFF} OR i."reviewedAt" >= ${QUIET_CUTOFF})
      FROM ${interfaceScope(teamId)} i
      JOIN "System" p ON p."id" = i."providerSystemId"
      LEFT JOIN "User" iu ON iu."id" = i."technicalOwnerId"
      LEFT JOIN "User" pu ON pu."id" = p."technicalOwnerId"
     WHERE i."lifecycle" <> 'RETIRED'`;
}
