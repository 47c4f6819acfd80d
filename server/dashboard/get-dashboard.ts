import "server-only";
import { db } from "@/server/db";
import type { TDashboard, TDashboardQuery } from "@/lib/schemas/dashboard";
import { AppError } from "@/server/http/app-error";
import { getGraph } from "@/server/graph/get-graph";
import { countSystems } from "./count-systems";
import { countInterfaces } from "./count-interfaces";
import { countChangesPerWeek } from "./count-changes-per-week";
import { listRecentChanges } from "./list-recent-changes";
import { listTeamRows } from "./list-team-rows";
import { rankTeamsByLoad } from "./rank-teams-by-load";
import { findRiskiestSystems } from "./find-riskiest-systems";

export type GetDashboardOptions = { query: TDashboardQuery };

/**
 * Every figure of the manager dashboard in one answer. The graph-based figures (systems by
 * layer/kind/tier/lifecycle, load, downstream reach) are passes over the in-memory graph; the
 * rest are grouped queries that run side by side. No raw rows leave the server.
 */
export async function getDashboard({ query }: GetDashboardOptions): Promise<TDashboard> {
  const { teamId } = query;
  // The riskiest systems need the graph first, then one small query: chained, so that query
  // overlaps the others instead of following them.
  const fromGraph = getGraph().then(async (graph) => {
    const [riskiestSystems, interfaces] = await Promise.all([findRiskiestSystems({ graph, teamId }), countInterfaces({ graph, teamId })]);
    return { graph, riskiestSystems, interfaces };
  });
  const [{ graph, riskiestSystems, interfaces }, teams, changesPerWeek, recentChanges, activePeople] = await Promise.all([
    fromGraph,
    listTeamRows({ teamId }),
    countChangesPerWeek({ teamId }),
    listRecentChanges({ teamId }),
    teamId === undefined ? db().user.count({ where: { active: true } }) : Promise.resolve(0),
  ]);
  if (teamId !== undefined && teams.length === 0) throw AppError.notFound("team");
  const team = teamId === undefined ? null : { id: teams[0].id, key: teams[0].key, name: teams[0].name };
  const systems = countSystems({ graph, teamId });
  return {
    team,
    graphVersion: graph.version.toString(),
    totals: {
      systems: systems.total,
      interfaces: interfaces.total,
      teams: teams.length,
      people: team ? teams[0].activeMembers : activePeople,
    },
    systems: systems.counts,
    interfaces: interfaces.counts,
    changesPerWeek,
    teamsByLoad: rankTeamsByLoad({ graph, teams }),
    riskiestSystems,
    recentChanges,
  };
}
