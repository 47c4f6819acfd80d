import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TComplianceTrend, TComplianceTrendQuery } from "@/lib/schemas/compliance";
import { settleAllCompliance } from "./settle-compliance";
import { takeComplianceSnapshot } from "./take-compliance-snapshot";

export type GetComplianceTrendOptions = { query: TComplianceTrendQuery };

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Daily counts from the snapshots; today's is refreshed first, so the last point is now. */
export async function getComplianceTrend({ query }: GetComplianceTrendOptions): Promise<TComplianceTrend> {
  await settleAllCompliance();
  await takeComplianceSnapshot();
  const since = Prisma.sql`current_date - ${query.days - 1}::int`;
  const team = query.teamId ? Prisma.sql`AND c."teamId" = ${query.teamId}` : Prisma.empty;
  const standard = query.standardId
    ? Prisma.sql`AND c."standardId" = ${query.standardId}`
    : Prisma.sql`AND c."standardId" IN (SELECT "id" FROM "Standard" WHERE "appliesTo" = ${query.subject}::"SubjectType" AND "active")`;
  const [results, levels] = await Promise.all([
    db().$queryRaw<{ day: Date; pass: number; fail: number; waived: number }[]>`
      SELECT c."day", sum(c."pass")::int AS "pass", sum(c."fail")::int AS "fail", sum(c."waived")::int AS "waived"
        FROM "ComplianceSnapshot" c WHERE c."day" >= ${since} ${standard} ${team}
       GROUP BY c."day" ORDER BY c."day"`,
    query.standardId ? Promise.resolve([]) : db().$queryRaw<{ day: Date; none: number; bronze: number; silver: number; gold: number }[]>`
      SELECT c."day", sum(c."none")::int AS "none", sum(c."bronze")::int AS "bronze", sum(c."silver")::int AS "silver", sum(c."gold")::int AS "gold"
        FROM "LevelSnapshot" c WHERE c."day" >= ${since} AND c."initiativeId" = '' AND c."subjectType" = ${query.subject}::"SubjectType" ${team}
       GROUP BY c."day" ORDER BY c."day"`,
  ]);
  return {
    results: results.map((r) => {
      const applicable = r.pass + r.fail + r.waived;
      return { day: day(r.day), pass: r.pass, fail: r.fail, waived: r.waived, passRate: applicable ? (r.pass + r.waived) / applicable : 1 };
    }),
    levels: levels.map((l) => ({ day: day(l.day), NONE: l.none, BRONZE: l.bronze, SILVER: l.silver, GOLD: l.gold })),
  };
}
