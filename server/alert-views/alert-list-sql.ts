import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { TAlertListQuery, TAlertView } from "@/lib/schemas/alert-views";

/**
 * One FROM for the inbox: the alert (a), the record it is on — its interface (i) when mapped to
 * one, else its system (s) — and the team that owns that record (the interface's own team first,
 * as ownership reads it elsewhere).
 */
export const ALERT_FROM = Prisma.sql`FROM "Alert" a
  LEFT JOIN "System" s ON s."id" = a."systemId"
  LEFT JOIN "Interface" i ON i."id" = a."interfaceId"`;

export const OWNER_TEAM = Prisma.sql`COALESCE(i."teamId", s."teamId")`;

/** The inbox view an alert is in (see ALERT_VIEWS): suppressed until it resolves. */
export const VIEW_OF = Prisma.sql`CASE WHEN a."state" = 'RESOLVED' THEN 'RESOLVED'
  WHEN a."suppressedBy" IS NOT NULL THEN 'SUPPRESSED' ELSE a."state"::text END`;

const VIEW_SQL: Record<TAlertView, Prisma.Sql> = {
  FIRING: Prisma.sql`(a."state" = 'FIRING' AND a."suppressedBy" IS NULL)`,
  ACKNOWLEDGED: Prisma.sql`(a."state" = 'ACKNOWLEDGED' AND a."suppressedBy" IS NULL)`,
  RESOLVED: Prisma.sql`a."state" = 'RESOLVED'`,
  SUPPRESSED: Prisma.sql`(a."state" <> 'RESOLVED' AND a."suppressedBy" IS NOT NULL)`,
};

export const viewSql = (views: readonly TAlertView[]) => Prisma.sql`(${Prisma.join(views.map((v) => VIEW_SQL[v]), " OR ")})`;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The filters other than the view: the counts per view are taken over these. */
export function alertFilters(q: TAlertListQuery, userId: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.q) {
    const p = like(q.q);
    parts.push(Prisma.sql`(a."title" ILIKE ${p} OR a."summary" ILIKE ${p} OR a."source" ILIKE ${p} OR s."name" ILIKE ${p} OR i."name" ILIKE ${p})`);
  }
  if (q.severity?.length) parts.push(Prisma.sql`a."severity"::text = ANY(${q.severity}::text[])`);
  if (q.teamId) parts.push(Prisma.sql`${OWNER_TEAM} = ${q.teamId}`);
  if (q.tier?.length) parts.push(Prisma.sql`COALESCE(i."tier", s."tier") = ANY(${q.tier}::int[])`);
  if (q.systemId) parts.push(Prisma.sql`a."systemId" = ${q.systemId}`);
  if (q.interfaceId) parts.push(Prisma.sql`a."interfaceId" = ${q.interfaceId}`);
  if (q.incidentId) parts.push(Prisma.sql`a."incidentId" = ${q.incidentId}`);
  if (q.mine === "true") {
    parts.push(Prisma.sql`(a."assigneeId" = ${userId} OR s."technicalOwnerId" = ${userId} OR i."technicalOwnerId" = ${userId}
      OR ${OWNER_TEAM} IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = ${userId}))`);
  }
  return Prisma.join(parts, " AND ");
}

const ORDER: Record<string, Prisma.Sql> = {
  severity: Prisma.sql`a."severity"`,
  lastSeen: Prisma.sql`a."lastSeenAt"`,
  firstSeen: Prisma.sql`a."firstSeenAt"`,
  count: Prisma.sql`a."count"`,
  title: Prisma.sql`lower(a."title")`,
};

/**
 * `severity` is critical first (the enum's order) and then the most recently seen; the times and
 * counts are newest / largest first unless reversed, as an inbox is read.
 */
export function alertOrder(sort: string): Prisma.Sql {
  const reversed = sort.startsWith("-");
  const field = sort.replace(/^-/, "");
  const naturalAsc = field === "severity" || field === "title";
  const dir = reversed === naturalAsc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const then = field === "severity" ? Prisma.sql`, a."lastSeenAt" DESC` : Prisma.empty;
  return Prisma.sql`ORDER BY ${ORDER[field] ?? ORDER.severity} ${dir}${then}, a."id"`;
}
