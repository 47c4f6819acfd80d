import "server-only";
import { db } from "@/server/db";
import { RECENT_CHANGES } from "@/lib/schemas/dashboard";
import type { TDashboard } from "@/lib/schemas/dashboard";
import { CATALOG_ENTITY_TYPES_SQL, TEAM_AUDIT_SQL } from "./team-audit-sql";

export type ListRecentChangesOptions = { teamId?: string };

// The record's name as the entry wrote it, so deleted records still read well.
const COLUMNS = `e."id", to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", e."action"::text AS "action",
  e."entityType"::text AS "entityType", e."entityId", e."actorLabel",
  COALESCE(e."after"->>'name', e."before"->>'name', e."entityId") AS "label"`;
const ALL_SQL = `SELECT ${COLUMNS} FROM "AuditEntry" e WHERE e."entityType" IN ${CATALOG_ENTITY_TYPES_SQL}
  ORDER BY e."at" DESC, e."id" DESC LIMIT ${RECENT_CHANGES}`;
// The team's history is bounded by its records, so no time window is needed ($1 = the epoch).
const TEAM_SQL = `SELECT ${COLUMNS} FROM (${TEAM_AUDIT_SQL}) e ORDER BY e."at" DESC, e."id" DESC LIMIT ${RECENT_CHANGES}`;

/** The latest changes to systems, interfaces and teams (with a team: to its own records). */
export async function listRecentChanges({ teamId }: ListRecentChangesOptions): Promise<TDashboard["recentChanges"]> {
  return teamId === undefined
    ? db().$queryRawUnsafe(ALL_SQL)
    : db().$queryRawUnsafe(TEAM_SQL, "1970-01-01 00:00:00", teamId);
}
