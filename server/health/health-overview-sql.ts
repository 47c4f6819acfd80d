import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthOverviewQuery } from "@/lib/schemas/health-views";

export type AtRiskIds = { ids: string[]; complement: boolean };

/**
 * "x is at risk" as SQL, with the shorter of two lists: the at-risk ids, or (when most records are
 * at risk) the ids that are not. A list of 45,000 ids as a parameter cost ~80 ms a query.
 */
export const atRiskSql = ({ ids, complement }: AtRiskIds) =>
  complement ? Prisma.sql`NOT (x."id" = ANY(${ids}::text[]))` : Prisma.sql`x."id" = ANY(${ids}::text[])`;

/**
 * One FROM … WHERE for every part of the overview: the records of the type (x) with their state
 * (h, absent = never reported); for interfaces their provider (p) only when its layer is filtered
 * or grouped by (`ends`): joining 50,000 interfaces to their providers (and to teams, which are
 * named afterwards for the rows shown) doubled the overview's time. `withState` false leaves the
 * state filter out: the counts and the grid show every state.
 */
export function healthOverviewSql(q: THealthOverviewQuery, atRisk: AtRiskIds, withState: boolean, ends = false) {
  const system = q.subject === "SYSTEM";
  const withEnds = !system && (ends || (q.layer?.length ?? 0) > 0);
  const from = system
    ? Prisma.sql`FROM "System" x LEFT JOIN "HealthStatus" h ON h."subjectId" = x."id"`
    : Prisma.sql`FROM "Interface" x ${withEnds ? Prisma.sql`JOIN "System" p ON p."id" = x."providerSystemId"` : Prisma.empty}
        LEFT JOIN "HealthStatus" h ON h."subjectId" = x."id"`;
  const layer = system ? Prisma.sql`x."layer"` : withEnds ? Prisma.sql`p."layer"` : Prisma.sql`NULL`;
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.q) parts.push(Prisma.sql`x."searchText" LIKE ${`%${q.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (q.teamId) parts.push(Prisma.sql`x."teamId" = ${q.teamId}`);
  if (q.tier?.length) parts.push(Prisma.sql`x."tier" = ANY(${q.tier}::int[])`);
  if (q.layer?.length) parts.push(Prisma.sql`${layer}::text = ANY(${q.layer}::text[])`);
  if (system && q.kind?.length) parts.push(Prisma.sql`x."kind"::text = ANY(${q.kind}::text[])`);
  if (!system && q.style?.length) parts.push(Prisma.sql`x."style"::text = ANY(${q.style}::text[])`);
  if (withState && q.state?.length) {
    const states = q.state.filter((s) => s !== "UNKNOWN" && s !== "AT_RISK");
    const any: Prisma.Sql[] = [];
    if (states.length) any.push(Prisma.sql`h."state"::text = ANY(${states}::text[])`);
    if (q.state.includes("UNKNOWN")) any.push(Prisma.sql`h."state" IS NULL`);
    if (q.state.includes("AT_RISK")) any.push(atRiskSql(atRisk));
    parts.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  return { from, where: Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`, layer };
}

/** DOWN, DEGRADED, NO_DATA, never reported, UP: the order problems are read in. */
export const SEVERITY = Prisma.sql`CASE h."state" WHEN 'DOWN' THEN 0 WHEN 'DEGRADED' THEN 1 WHEN 'NO_DATA' THEN 2 WHEN 'UP' THEN 4 ELSE 3 END`;
