import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TTeamHealth, TTeamHealthCard, TTeamHealthQuery } from "@/lib/schemas/team-health";
import { getOwnershipSettings } from "@/server/ownership/get-ownership-settings";
import { readBusFactor } from "@/server/ownership/read-bus-factor";
import { readTeamFacts } from "@/server/ownership/read-team-facts";
import { DOWN_EPISODES, FAILED_DEPLOYMENT, TEAM_RECORDS } from "./team-health-sql";
import { getTeamHealthTrend } from "./get-team-health-trend";

export type GetTeamHealthOptions = { query: TTeamHealthQuery; now?: Date };

type TeamRow = {
  teamId: string; activeMembers: number; deployments: number; failed: number; incidents: number; alertIncidents: number;
  recoveries: number; recoverSeconds: number | null; present: number; expected: number;
};

const DAY = 86_400_000;

/** One card per team (or the one asked for), figures over the last `days`, and the weekly trend. */
export async function getTeamHealth({ query, now = new Date() }: GetTeamHealthOptions): Promise<TTeamHealth> {
  const since = new Date(now.getTime() - query.days * DAY);
  const only = query.teamId ? Prisma.sql`WHERE t."id" = ${query.teamId}` : Prisma.empty;
  const [rows, facts, settings, trend] = await Promise.all([
    db().$queryRaw<TeamRow[]>`
      WITH rec AS (${TEAM_RECORDS}), ep AS (${DOWN_EPISODES(since)})
      SELECT t."id" AS "teamId",
        (SELECT count(*) FROM "TeamMember" m JOIN "User" u ON u."id" = m."userId" AND u."active" WHERE m."teamId" = t."id")::int AS "activeMembers",
        (SELECT count(*) FROM "Deployment" d JOIN "System" s ON s."id" = d."systemId" WHERE s."teamId" = t."id" AND d."at" >= ${since})::int AS "deployments",
        (SELECT count(*) FROM "Deployment" d JOIN "System" s ON s."id" = d."systemId" WHERE s."teamId" = t."id" AND d."at" >= ${since} AND ${FAILED_DEPLOYMENT})::int AS "failed",
        (SELECT count(*) FROM ep JOIN rec ON rec."id" = ep."subjectId" WHERE rec."teamId" = t."id")::int AS "incidents",
        (SELECT count(*) FROM "Incident" n WHERE n."teamId" = t."id" AND n."openedAt" >= ${since})::int AS "alertIncidents",
        (SELECT count(ep."upAt") FROM ep JOIN rec ON rec."id" = ep."subjectId" WHERE rec."teamId" = t."id")::int AS "recoveries",
        (SELECT avg(extract(epoch FROM ep."upAt" - ep."downAt")) FROM ep JOIN rec ON rec."id" = ep."subjectId" WHERE rec."teamId" = t."id")::float8 AS "recoverSeconds",
        ((SELECT count(*) FILTER (WHERE s."runbookUrl" IS NOT NULL) + count(*) FILTER (WHERE s."docsUrl" IS NOT NULL) FROM "System" s WHERE s."teamId" = t."id")
          + (SELECT count(*) FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId"
              WHERE coalesce(i."teamId", p."teamId") = t."id"
                AND (i."contractUrl" IS NOT NULL OR EXISTS (SELECT 1 FROM "ContractVersion" c WHERE c."interfaceId" = i."id"))))::int AS "present",
        ((SELECT count(*) * 2 FROM "System" s WHERE s."teamId" = t."id")
          + (SELECT count(*) FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId" WHERE coalesce(i."teamId", p."teamId") = t."id"))::int AS "expected"
        FROM "Team" t ${only}`,
    readTeamFacts({ teamId: query.teamId ?? null }),
    getOwnershipSettings(),
    getTeamHealthTrend({ teamId: query.teamId, weeks: query.weeks, now }),
  ]);
  const busFactor = await readBusFactor({ threshold: settings.busFactorThreshold });
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const teams = rows.flatMap((r): TTeamHealthCard[] => {
    const f = factsOf.get(r.teamId);
    if (!f) return [];
    return [{
      team: { id: f.id, key: f.key, name: f.name },
      activeMembers: r.activeMembers,
      quiet: !f.loginRecent,
      busFactorPeople: busFactor.filter((p) => p.teamId === r.teamId).length,
      deployments: r.deployments,
      failedDeployments: r.failed,
      changeFailureRate: r.deployments ? r.failed / r.deployments : null,
      incidents: r.incidents,
      incidentsPerMember: r.activeMembers ? r.incidents / r.activeMembers : null,
      alertIncidents: r.alertIncidents,
      alertIncidentsPerMember: r.activeMembers ? r.alertIncidents / r.activeMembers : null,
      recoveries: r.recoveries,
      timeToRecoverMinutes: r.recoverSeconds === null ? null : Math.round(r.recoverSeconds / 6) / 10,
      docs: { present: r.present, expected: r.expected, completeness: r.expected ? r.present / r.expected : null },
    }];
  });
  // The teams that need a look first: failing changes, slow recoveries, missing docs.
  teams.sort((a, b) => (b.changeFailureRate ?? 0) - (a.changeFailureRate ?? 0) || b.incidents - a.incidents || a.team.name.localeCompare(b.team.name));
  return { days: query.days, teams, trend };
}
