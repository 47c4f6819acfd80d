import "server-only";
import { db } from "@/server/db";
import type { TeamRow } from "./rank-teams-by-load";

export type ListTeamRowsOptions = { teamId?: string };

const SQL = `
  SELECT t."id", t."key", t."name", count(u."id")::int AS "activeMembers"
    FROM "Team" t
    LEFT JOIN "TeamMember" m ON m."teamId" = t."id"
    LEFT JOIN "User" u ON u."id" = m."userId" AND u."active"
   WHERE $1::text IS NULL OR t."id" = $1
   GROUP BY t."id"`;

/** Every team (or the one asked for) with its number of active members: one grouped join. */
export async function listTeamRows({ teamId }: ListTeamRowsOptions): Promise<TeamRow[]> {
  return db().$queryRawUnsafe<TeamRow[]>(SQL, teamId ?? null);
}
