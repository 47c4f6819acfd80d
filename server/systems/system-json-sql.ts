import "server-only";
import { Prisma } from "@/server/generated/prisma/client";

// ISO 8601 in UTC with milliseconds, as Date.toJSON() writes it (columns hold UTC timestamps).
const iso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const userRef = (alias: string) =>
  Prisma.raw(`CASE WHEN ${alias}."id" IS NULL THEN NULL ELSE json_build_object('id', ${alias}."id", 'name', ${alias}."name", 'email', ${alias}."email", 'active', ${alias}."active") END`);

/**
 * One system as the API shows it (lib/schemas/system.ts ZSystem), built by PostgreSQL. Hot read
 * paths use it so the rows never become objects in Node: Prisma's mapping of a 50-row page with
 * team and owners cost ~3 ms of the request (README, Performance). Expects the system as `s`.
 */
export const SYSTEM_JSON = Prisma.sql`json_build_object(
  'id', s."id", 'key', s."key", 'name', s."name", 'description', s."description", 'kind', s."kind",
  'layer', s."layer", 'tier', s."tier", 'lifecycle', s."lifecycle", 'vendor', s."vendor",
  'isThirdParty', s."isThirdParty", 'teamId', s."teamId", 'technicalOwnerId', s."technicalOwnerId",
  'businessOwnerId', s."businessOwnerId", 'tags', to_json(s."tags"), 'docsUrl', s."docsUrl",
  'repoUrl', s."repoUrl", 'runbookUrl', s."runbookUrl", 'monitoringUrl', s."monitoringUrl",
  'domain', s."domain", 'grouping', s."grouping", 'version', s."version",
  'createdAt', ${iso('s."createdAt"')}, 'updatedAt', ${iso('s."updatedAt"')},
  'team', CASE WHEN t."id" IS NULL THEN NULL ELSE json_build_object('id', t."id", 'key', t."key", 'name', t."name") END,
  'technicalOwner', ${userRef("tu")}, 'businessOwner', ${userRef("bu")},
  'reviewedAt', ${iso('s."reviewedAt"')}, 'reviewedBy', ${userRef("ru")}
)`;

/** The joins SYSTEM_JSON reads from. */
export const SYSTEM_JSON_JOINS = Prisma.sql`
  LEFT JOIN "Team" t ON t."id" = s."teamId"
  LEFT JOIN "User" tu ON tu."id" = s."technicalOwnerId"
  LEFT JOIN "User" bu ON bu."id" = s."businessOwnerId"
  LEFT JOIN "User" ru ON ru."id" = s."reviewedById"`;
