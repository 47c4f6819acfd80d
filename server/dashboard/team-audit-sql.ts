import "server-only";
import { ENTITY_TYPES } from "@/lib/schemas/enums";

/**
 * The audit entries of a team's records since a moment, as SQL: entries about the systems and
 * interfaces the team owns now, and about the team itself ($1 = since, $2 = team id). Three
 * index paths (AuditEntry (entityType, entityId, at) reached through the teamId indexes) joined
 * by UNION ALL, where one OR across them would have PostgreSQL scan every entry of the period.
 * A record that moved to another team takes its history with it; a deleted one leaves the view.
 */
export const TEAM_AUDIT_SQL = `
  SELECT a."id", a."at", a."entityType", a."entityId", a."action", a."actorLabel", a."before", a."after"
    FROM "AuditEntry" a JOIN "System" s ON s."id" = a."entityId"
   WHERE a."entityType" = 'SYSTEM' AND s."teamId" = $2 AND a."at" >= $1::timestamp
  UNION ALL
  SELECT a."id", a."at", a."entityType", a."entityId", a."action", a."actorLabel", a."before", a."after"
    FROM "AuditEntry" a JOIN "Interface" i ON i."id" = a."entityId"
   WHERE a."entityType" = 'INTERFACE' AND i."teamId" = $2 AND a."at" >= $1::timestamp
  UNION ALL
  SELECT a."id", a."at", a."entityType", a."entityId", a."action", a."actorLabel", a."before", a."after"
    FROM "AuditEntry" a
   WHERE a."entityType" = 'TEAM' AND a."entityId" = $2 AND a."at" >= $1::timestamp`;

const CATALOG = ["SYSTEM", "INTERFACE", "TEAM"];
const sqlList = (values: string[]) => `(${values.map((v) => `'${v}'`).join(", ")})`;
/** The catalogue's entity types: changes to people, tokens and saved views are not shown here. */
export const CATALOG_ENTITY_TYPES_SQL = sqlList(CATALOG);
/** Every other entity type (derived, so a type added to the enum is not silently counted as catalogue). */
export const NON_CATALOG_ENTITY_TYPES_SQL = sqlList(ENTITY_TYPES.filter((t) => !CATALOG.includes(t)));

/** A JS date as a literal for a `timestamp` (without time zone) column, which holds UTC. */
export const toUtcTimestamp = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");
