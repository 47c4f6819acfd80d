import "server-only";
import { TIER_WEIGHTS } from "@/lib/schemas/ownership";
import type { TopologyGraph } from "@/server/graph/graph-types";

export type SystemStats = {
  /** The systems of team ordinal t (graph.teamIds[t]) are teamSystems[teamStart[t] … teamStart[t + 1] - 1]. */
  teamStart: Int32Array;
  teamSystems: Int32Array;
  /** Per team ordinal: Σ tier weight of its systems that are not retired, and how many those are. */
  teamWeight: Float64Array;
  teamRunning: Int32Array;
};

// Per graph object, like the downstream reach: valid exactly as long as the graph is current.
const cache = new WeakMap<TopologyGraph, SystemStats>();

const lightest = TIER_WEIGHTS[TIER_WEIGHTS.length - 1];

/** Per-team groupings of the graph's systems, built once per graph version (one pass, ~1 ms). */
export function getSystemStats(graph: TopologyGraph): SystemStats {
  const cached = cache.get(graph);
  if (cached) return cached;
  const teams = graph.teamIds.length;
  const { systems, teamIndex, tier } = graph;
  const teamStart = new Int32Array(teams + 1);
  const teamWeight = new Float64Array(teams);
  const teamRunning = new Int32Array(teams);
  for (let i = 0; i < systems.length; i++) {
    const t = teamIndex[i];
    if (t < 0) continue;
    teamStart[t + 1]++;
    if (systems[i].lifecycle === "RETIRED") continue;
    teamWeight[t] += TIER_WEIGHTS[tier[i]] ?? lightest;
    teamRunning[t]++;
  }
  for (let t = 0; t < teams; t++) teamStart[t + 1] += teamStart[t];
  const fill = teamStart.slice(0, teams);
  const teamSystems = new Int32Array(teamStart[teams]);
  for (let i = 0; i < systems.length; i++) if (teamIndex[i] >= 0) teamSystems[fill[teamIndex[i]]++] = i;
  const stats = { teamStart, teamSystems, teamWeight, teamRunning };
  cache.set(graph, stats);
  return stats;
}
