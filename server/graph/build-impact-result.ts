import "server-only";
import type { TImpactDirection, TImpactResult } from "@/lib/schemas/impact";
import type { TopologyGraph } from "./graph-types";
import type { ImpactTraversal } from "./traverse-impact";
import { hydrateContacts } from "./hydrate-contacts";

export type BuildImpactResultOptions = {
  graph: TopologyGraph;
  traversal: ImpactTraversal;
  root: TImpactResult["root"];
  direction: TImpactDirection;
  depth: number | undefined;
  limit: number;
  offset: number;
};

/**
 * Reached systems offset … offset + limit - 1 by (distance, tier, name). BFS order already sorts
 * by distance, so only the levels up to the one that holds the last of them are sorted, as
 * numbers (distance × n + rank) in a typed array: no comparator calls on a 50,000-system hub.
 */
function nearestFirst(graph: TopologyGraph, t: ImpactTraversal, offset: number, limit: number): number[] {
  const { reached, distance } = t;
  let end = Math.min(offset + limit, reached.length);
  if (end <= offset) return [];
  const lastLevel = distance[reached[end - 1]];
  while (end < reached.length && distance[reached[end]] === lastLevel) end++;
  const n = graph.systems.length;
  const keys = new Float64Array(end);
  for (let i = 0; i < end; i++) keys[i] = distance[reached[i]] * n + graph.rank[reached[i]];
  keys.sort();
  return Array.from(keys.subarray(offset, offset + limit), (k) => graph.byRank[k % n]);
}

function pathTo(graph: TopologyGraph, t: ImpactTraversal, system: number) {
  const steps = [];
  for (let v = system, d = t.distance[system]; d > 0; d--) {
    const e = graph.interfaces[t.parentEdge[v]];
    steps.push({ interfaceId: e.id, interfaceKey: e.key, systemId: graph.systems[v].id });
    v = t.parentSystem[v];
  }
  return steps.reverse();
}

/** Counts over every reached system, in typed arrays indexed by distance, tier and team ordinal. */
function summarize(graph: TopologyGraph, t: ImpactTraversal) {
  const { reached, distance } = t;
  const maxDistance = reached.length ? distance[reached[reached.length - 1]] : 0; // BFS order
  const byDistance = new Int32Array(maxDistance + 1);
  const byTier: number[] = [];
  const teamSystems = new Int32Array(graph.teamIds.length);
  const teamNearest = new Int32Array(graph.teamIds.length);
  let withoutTeam = 0;
  for (let i = 0; i < reached.length; i++) {
    const s = reached[i];
    const d = distance[s];
    byDistance[d]++;
    const tier = graph.tier[s];
    byTier[tier] = (byTier[tier] ?? 0) + 1;
    const team = graph.teamIndex[s];
    if (team < 0) withoutTeam++;
    else if (teamSystems[team]++ === 0) teamNearest[team] = d;
  }
  const teams: { id: string; systems: number; nearestDistance: number }[] = [];
  teamSystems.forEach((systems, team) => {
    if (systems) teams.push({ id: graph.teamIds[team], systems, nearestDistance: teamNearest[team] });
  });
  // Nearest first, then the team with most affected systems: whom to call first.
  teams.sort((a, b) => a.nearestDistance - b.nearestDistance || b.systems - a.systems || (a.id < b.id ? -1 : 1));
  return {
    totals: {
      systems: reached.length,
      interfaces: t.edges.length,
      maxDistance,
      withoutTeam,
      teams: teams.length,
      byDistance: Array.from(byDistance).flatMap((systems, d) => (systems ? [{ distance: d, systems }] : [])),
      byTier: byTier.flatMap((systems, tier) => (systems ? [{ tier, systems }] : [])),
    },
    teams,
  };
}

/** Totals cover every reached system; systems, interfaces and teams to call are listed up to `limit`. */
export async function buildImpactResult(o: BuildImpactResultOptions): Promise<TImpactResult> {
  const { graph, traversal: t, limit, offset } = o;
  const summary = summarize(graph, t);
  const page = nearestFirst(graph, t, offset, limit);
  const calls = summary.teams.slice(0, limit);
  const pageTeams = page.map((s) => graph.systems[s].teamId).filter((id): id is string => id !== null);
  const owners = page.map((s) => graph.systems[s].technicalOwnerId).filter((id): id is string => id !== null);
  const contacts = await hydrateContacts({ teamIds: [...calls.map((team) => team.id), ...pageTeams], userIds: owners });

  const systems = page.map((s) => {
    const { id, key, name, kind, layer, tier, lifecycle, teamId, technicalOwnerId } = graph.systems[s];
    return {
      id, key, name, kind, layer, tier, lifecycle,
      distance: t.distance[s],
      team: (teamId && contacts.teams.get(teamId)) || null,
      technicalOwner: (technicalOwnerId && contacts.users.get(technicalOwnerId)) || null,
      path: pathTo(graph, t, s),
    };
  });
  const interfaces = Array.from(t.edges.subarray(offset, offset + limit), (e, i) => {
    const { id, key, name, style, mode, provider, consumer, via } = graph.interfaces[e];
    return {
      id, key, name, style, mode,
      providerSystemId: graph.systems[provider].id,
      consumerSystemId: graph.systems[consumer].id,
      viaSystemId: via >= 0 ? graph.systems[via].id : null,
      distance: t.edgeDistance[offset + i],
    };
  });
  const teams = calls.flatMap((tally) => {
    const team = contacts.teams.get(tally.id);
    return team ? [{ ...team, systems: tally.systems, nearestDistance: tally.nearestDistance }] : [];
  });

  return {
    root: o.root,
    direction: o.direction,
    depth: o.depth ?? null,
    totals: summary.totals,
    systems,
    interfaces,
    teams,
    truncated: offset + limit < Math.max(t.reached.length, t.edges.length),
  };
}
