import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { QUIET_CUTOFF } from "./record-facts-sql";

export type TeamFacts = {
  id: string;
  key: string;
  name: string;
  members: number;
  /** At least one active member. */
  live: boolean;
  /** At least one active LEAD. */
  led: boolean;
  lastLoginAt: Date | null;
  /** A member signed in within QUIET_DAYS. */
  loginRecent: boolean;
};

export type ReadTeamFactsOptions = { teamId: string | null };

/** Every team (or the one asked for) with what the team rules need from its members. */
export async function readTeamFacts({ teamId }: ReadTeamFactsOptions): Promise<TeamFacts[]> {
  const where = teamId ? Prisma.sql`WHERE t."id" = ${teamId}` : Prisma.empty;
  return db().$queryRaw<TeamFacts[]>`
    SELECT t."id", t."key", t."name", count(m."userId")::int AS members,
           coalesce(bool_or(u."active"), false) AS live,
           coalesce(bool_or(u."active" AND m."role" = 'LEAD'), false) AS led,
           max(u."lastLoginAt") AS "lastLoginAt",
           coalesce(bool_or(u."lastLoginAt" >= ${QUIET_CUTOFF}), false) AS "loginRecent"
      FROM "Team" t
      LEFT JOIN "TeamMember" m ON m."teamId" = t."id"
      LEFT JOIN "User" u ON u."id" = m."userId"
      ${where}
     GROUP BY t."id"`;
}
