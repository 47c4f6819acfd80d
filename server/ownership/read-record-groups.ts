import "server-only";
import { db } from "@/server/db";
import { recordFactsSql } from "./record-facts-sql";

/** The records of one (answerable team, type, tier), counted per rule: all the score and the counts need. */
export type RecordGroup = {
  teamId: string | null;
  type: "SYSTEM" | "INTERFACE";
  tier: number;
  records: number;
  complete: number;
  unowned: number;
  deactivated: number;
  stale: number;
  /** The latest edit or confirmation among them. */
  lastActivityAt: Date | null;
  /** Whether one was edited or confirmed within QUIET_DAYS. */
  recent: boolean;
};

export type ReadRecordGroupsOptions = { teamId: string | null };

/**
 * One scan of the records, aggregated in PostgreSQL to a few rows per team: no record row leaves
 * the database. "Complete" needs the team to have an active member, read from the small
 * membership table once.
 */
export async function readRecordGroups({ teamId }: ReadRecordGroupsOptions): Promise<RecordGroup[]> {
  return db().$queryRaw<RecordGroup[]>`
    WITH live_team AS (
      SELECT DISTINCT m."teamId" AS team_id
        FROM "TeamMember" m JOIN "User" u ON u."id" = m."userId" AND u."active"
    )
    SELECT r.team_id AS "teamId", r.type, r.tier::int AS tier,
           count(*)::int AS records,
           count(*) FILTER (WHERE NOT (r.no_team OR r.no_tech OR r.no_biz) AND r.owners_live AND lt.team_id IS NOT NULL)::int AS complete,
           count(*) FILTER (WHERE r.no_team OR r.no_tech OR r.no_biz)::int AS unowned,
           count(*) FILTER (WHERE r.tech_off OR r.biz_off)::int AS deactivated,
           count(*) FILTER (WHERE r.stale)::int AS stale,
           max(r.last_at) AS "lastActivityAt",
           coalesce(bool_or(r.recent), false) AS recent
      FROM (${recordFactsSql(teamId)}) r
      LEFT JOIN live_team lt ON lt.team_id = r.team_id
     GROUP BY 1, 2, 3`;
}
