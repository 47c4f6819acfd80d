import "server-only";
import type { TTeamLoad } from "@/lib/schemas/dashboard";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { getSystemStats } from "./get-system-stats";

export type TeamRow = { id: string; key: string; name: string; activeMembers: number };
export type RankTeamsByLoadOptions = { graph: TopologyGraph; teams: TeamRow[] };

const byName = new Intl.Collator("en").compare;

/**
 * Load per team: the tier-weighted count (TIER_WEIGHTS) of the systems it owns and still runs
 * (not retired), per active member. A team with no active member carries its systems with nobody
 * (∞): those come first, heaviest first; then the others by load, highest first; ties by name.
 */
export function rankTeamsByLoad({ graph, teams }: RankTeamsByLoadOptions): TTeamLoad[] {
  const { teamWeight, teamRunning } = getSystemStats(graph);
  const ordinal = new Map(graph.teamIds.map((id, i) => [id, i]));
  const rows = teams.map((t): TTeamLoad => {
    const i = ordinal.get(t.id);
    const weight = i === undefined ? 0 : teamWeight[i];
    return {
      team: { id: t.id, key: t.key, name: t.name },
      activeMembers: t.activeMembers,
      systems: i === undefined ? 0 : teamRunning[i],
      weight,
      load: t.activeMembers > 0 ? Math.round((weight / t.activeMembers) * 100) / 100 : null,
    };
  });
  return rows.sort(
    (a, b) =>
      Number(b.load === null) - Number(a.load === null) ||
      (a.load === null || b.load === null ? b.weight - a.weight : b.load - a.load) ||
      byName(a.team.name, b.team.name),
  );
}
