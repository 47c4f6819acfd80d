import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TTeamHealth } from "@/lib/schemas/team-health";
import { DOWN_EPISODES, FAILED_DEPLOYMENT, TEAM_RECORDS } from "./team-health-sql";

export type GetTeamHealthTrendOptions = { teamId?: string; weeks: number; now: Date };

type Week = { week: Date; deployments: number; failed: number; recoveries: number; recoverSeconds: number | null };

/** Change failure rate and time to recover per ISO week (recoveries counted in the week they ended). */
export async function getTeamHealthTrend({ teamId, weeks, now }: GetTeamHealthTrendOptions): Promise<TTeamHealth["trend"]> {
  const team = (col: Prisma.Sql) => (teamId ? Prisma.sql`AND ${col} = ${teamId}` : Prisma.empty);
  const first = Prisma.sql`date_trunc('week', ${now}::timestamp) - ${weeks - 1} * interval '1 week'`;
  const rows = await db().$queryRaw<Week[]>`
    WITH weeks AS (SELECT generate_series(${first}, date_trunc('week', ${now}::timestamp), interval '1 week') AS "week"),
    deps AS (
      SELECT date_trunc('week', d."at") AS "week", count(*)::int AS "deployments", (count(*) FILTER (WHERE ${FAILED_DEPLOYMENT}))::int AS "failed"
        FROM "Deployment" d JOIN "System" s ON s."id" = d."systemId"
       WHERE d."at" >= ${first} ${team(Prisma.sql`s."teamId"`)} GROUP BY 1),
    rec AS (${TEAM_RECORDS}),
    ups AS (
      SELECT date_trunc('week', ep."upAt") AS "week", count(*)::int AS "recoveries", avg(extract(epoch FROM ep."upAt" - ep."downAt"))::float8 AS "recoverSeconds"
        FROM (${DOWN_EPISODES(new Date(now.getTime() - (weeks + 4) * 7 * 86_400_000))}) ep
        ${teamId ? Prisma.sql`JOIN rec ON rec."id" = ep."subjectId" AND rec."teamId" = ${teamId}` : Prisma.empty}
       WHERE ep."upAt" >= ${first} GROUP BY 1)
    SELECT w."week", coalesce(d."deployments", 0)::int AS "deployments", coalesce(d."failed", 0)::int AS "failed",
           coalesce(u."recoveries", 0)::int AS "recoveries", u."recoverSeconds"
      FROM weeks w LEFT JOIN deps d ON d."week" = w."week" LEFT JOIN ups u ON u."week" = w."week"
     ORDER BY w."week"`;
  return rows.map((r) => ({
    week: r.week.toISOString().slice(0, 10),
    deployments: r.deployments,
    failedDeployments: r.failed,
    changeFailureRate: r.deployments ? r.failed / r.deployments : null,
    recoveries: r.recoveries,
    timeToRecoverMinutes: r.recoverSeconds === null ? null : Math.round(r.recoverSeconds / 6) / 10,
  }));
}
