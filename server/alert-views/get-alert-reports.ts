import "server-only";
import { db } from "@/server/db";
import type { TAlertReports } from "@/lib/schemas/alert-views";

const minutes = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * MTTA and MTTR per team and month (medians: one incident left open over a weekend must not
 * hide a team that answers in minutes), the noisiest alerts, and the load per pageable member.
 */
export async function getAlertReports(): Promise<TAlertReports> {
  const [months, noisiest, perMember] = await Promise.all([
    // Per team and month, and (team null, "all") per month over every team: one pass.
    db().$queryRaw<{ month: string; all: boolean; team: TAlertReports["months"][number]["team"]; incidents: number; mtta: number | null; mttr: number | null }[]>`
      SELECT to_char(date_trunc('month', n."openedAt"), 'YYYY-MM') AS "month", GROUPING(t."id") = 1 AS "all",
             CASE WHEN t."id" IS NULL THEN NULL ELSE json_build_object('id', t."id", 'key', t."key", 'name', t."name") END AS "team",
             count(*)::int AS "incidents",
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n."acknowledgedAt" - n."openedAt")) / 60)::float8 AS "mtta",
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n."resolvedAt" - n."openedAt")) / 60)::float8 AS "mttr"
        FROM "Incident" n LEFT JOIN "Team" t ON t."id" = n."teamId"
       WHERE n."openedAt" >= date_trunc('month', now() AT TIME ZONE 'UTC') - interval '5 months'
       GROUP BY GROUPING SETS ((1, t."id", t."key", t."name"), (1)) ORDER BY 1 DESC, t."name" NULLS LAST`,
    db().$queryRaw<TAlertReports["noisiest"]>`
      SELECT a."title", a."source", sum(a."count")::int AS "received", count(*)::int AS "alerts",
             count(DISTINCT a."systemId")::int AS "systems"
        FROM "Alert" a WHERE a."lastSeenAt" >= now() - interval '30 days'
       GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10`,
    db().$queryRaw<{ team: TAlertReports["perMember"][number]["team"]; incidents: number; members: number }[]>`
      SELECT json_build_object('id', t."id", 'key', t."key", 'name', t."name") AS "team",
             (SELECT count(*)::int FROM "Incident" n WHERE n."teamId" = t."id" AND n."openedAt" >= now() - interval '30 days') AS "incidents",
             (SELECT count(*)::int FROM "TeamMember" tm JOIN "User" u ON u."id" = tm."userId" AND u."active" WHERE tm."teamId" = t."id") AS "members"
        FROM "Team" t ORDER BY t."name"`,
  ]);
  return {
    months: months.filter((r) => !r.all).map((r) => ({ month: r.month, team: r.team, incidents: r.incidents, mttaMinutes: minutes(r.mtta), mttrMinutes: minutes(r.mttr) })),
    overall: months.filter((r) => r.all).reverse().map((r) => ({ month: r.month, incidents: r.incidents, mttaMinutes: minutes(r.mtta), mttrMinutes: minutes(r.mttr) })),
    noisiest,
    perMember: perMember
      .filter((r) => r.incidents > 0 || r.members > 0)
      .map((r) => ({ ...r, perMember: r.members ? Math.round((r.incidents / r.members) * 100) / 100 : null }))
      .sort((a, b) => (b.perMember ?? -1) - (a.perMember ?? -1)),
  };
}
