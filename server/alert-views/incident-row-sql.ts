import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { TIncidentRow } from "@/lib/schemas/alert-views";

export const userRefSql = (alias: string) => {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`CASE WHEN ${a}."id" IS NULL THEN NULL ELSE json_build_object('id', ${a}."id", 'name', ${a}."name", 'email', ${a}."email", 'active', ${a}."active") END`;
};

/** An incident row's columns, named: `n` the incident, with its system, team and people joined. */
export const INCIDENT_COLUMNS = Prisma.sql`n."id", n."number", n."title", n."severity", n."state", n."openedAt",
  n."acknowledgedAt", n."resolvedAt", n."version",
  ${userRefSql("ack")} AS "acknowledgedBy", ${userRefSql("asg")} AS "assignee",
  json_build_object('id', s."id", 'key', s."key", 'name', s."name", 'tier', s."tier") AS "system",
  CASE WHEN t."id" IS NULL THEN NULL ELSE json_build_object('id', t."id", 'key', t."key", 'name', t."name") END AS "team",
  (SELECT count(*)::int FROM "Alert" x WHERE x."incidentId" = n."id") AS "alerts",
  (SELECT count(*)::int FROM "Alert" x WHERE x."incidentId" = n."id" AND cardinality(x."symptomPath") > 0) AS "symptoms"`;

export const INCIDENT_JOINS = Prisma.sql`JOIN "System" s ON s."id" = n."systemId"
  LEFT JOIN "Team" t ON t."id" = n."teamId"
  LEFT JOIN "User" ack ON ack."id" = n."acknowledgedById"
  LEFT JOIN "User" asg ON asg."id" = n."assigneeId"`;

export type IncidentRowRaw = Omit<TIncidentRow, "openedAt" | "acknowledgedAt" | "resolvedAt"> & {
  openedAt: Date; acknowledgedAt: Date | null; resolvedAt: Date | null;
};

export const toIncidentRow = (r: IncidentRowRaw): TIncidentRow => ({
  ...r,
  openedAt: r.openedAt.toISOString(),
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});
