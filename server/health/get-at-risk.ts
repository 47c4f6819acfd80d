import "server-only";
import { TIER_WEIGHTS, type TAtRisk } from "@/lib/schemas/health-views";
import { hydrateContacts } from "@/server/graph/hydrate-contacts";
import { getAtRiskSet, type AtRiskSet } from "./get-at-risk-set";
import { describeCauses } from "./describe-causes";
import { atRiskPath } from "./at-risk-path";

export type GetAtRiskOptions = { limit: number; offset: number };

/** Teams owning at-risk systems, whom to call after the causes' own: nearest first, then most affected. */
function tallyTeams(set: AtRiskSet) {
  const { graph, traversal: t } = set;
  const tally = new Map<string, { systems: number; nearestDistance: number }>();
  for (const s of t.reached) {
    const teamId = graph.systems[s].teamId;
    if (!teamId) continue;
    const entry = tally.get(teamId);
    if (entry) entry.systems++;
    else tally.set(teamId, { systems: 1, nearestDistance: t.distance[s] });
  }
  return [...tally].sort(([a, x], [b, y]) => x.nearestDistance - y.nearestDistance || y.systems - x.systems || (a < b ? -1 : 1));
}

/** Everything downstream of a DOWN or DEGRADED record, with its cause, path, impact and people to call. */
export async function getAtRisk({ limit, offset }: GetAtRiskOptions): Promise<TAtRisk> {
  const set = await getAtRiskSet();
  const { graph, traversal: t } = set;
  const causes = await describeCauses({ set });

  const byTier = [0, 0, 0, 0];
  const perCause = new Int32Array(causes.length);
  for (const s of t.reached) {
    byTier[graph.tier[s]]++;
    perCause[t.cause[s]]++;
  }
  const order = Array.from(t.reached).sort((a, b) => t.distance[a] - t.distance[b] || graph.rank[a] - graph.rank[b]);
  const page = order.slice(offset, offset + limit);

  // The failing records' own teams first (an interface's: its provider's): they fix; the rest brace.
  const causeTeams = set.causes.flatMap((c) => {
    const owner = graph.systems[c.type === "SYSTEM" ? c.index : graph.interfaces[c.index].provider];
    return owner.teamId ? [owner.teamId] : [];
  });
  const teamTally = tallyTeams(set);
  const callOrder = [...new Set([...causeTeams, ...teamTally.map(([id]) => id)])].slice(0, Math.max(limit, causeTeams.length));
  const contacts = await hydrateContacts({
    teamIds: [...callOrder, ...page.flatMap((s) => (graph.systems[s].teamId ? [graph.systems[s].teamId!] : []))],
    userIds: page.flatMap((s) => (graph.systems[s].technicalOwnerId ? [graph.systems[s].technicalOwnerId!] : [])),
  });
  const tallyOf = new Map(teamTally);

  const causeOf = (ordinal: number) => {
    const { since: _since, ...cause } = causes[ordinal];
    return cause;
  };
  return {
    causes: causes.map((c, i) => ({ ...c, atRisk: perCause[i] })).sort((a, b) => a.tier - b.tier || (a.since < b.since ? -1 : 1)),
    totals: {
      systems: t.reached.length,
      interfaces: t.edges.length,
      impact: byTier.reduce((sum, count, tier) => sum + count * TIER_WEIGHTS[tier], 0),
      byTier: byTier.flatMap((systems, tier) => (systems ? [{ tier, systems }] : [])),
    },
    weights: [...TIER_WEIGHTS],
    systems: page.map((s) => {
      const { id, key, name, tier, kind, teamId, technicalOwnerId } = graph.systems[s];
      return {
        id, key, name, tier, kind,
        distance: t.distance[s],
        cause: causeOf(t.cause[s]),
        path: atRiskPath({ graph, traversal: t, system: s }),
        team: (teamId && contacts.teams.get(teamId)) || null,
        technicalOwner: (technicalOwnerId && contacts.users.get(technicalOwnerId)) || null,
      };
    }),
    interfaces: Array.from(t.edges.subarray(offset, offset + limit), (e, i) => {
      const { id, key, name, style, provider, consumer, via } = graph.interfaces[e];
      return {
        id, key, name, style,
        providerSystemId: graph.systems[provider].id, consumerSystemId: graph.systems[consumer].id, viaSystemId: via >= 0 ? graph.systems[via].id : null,
        distance: t.edgeDistance[offset + i], cause: causeOf(t.edgeCause[offset + i]),
      };
    }),
    teams: callOrder.flatMap((id) => {
      const team = contacts.teams.get(id);
      const tally = tallyOf.get(id) ?? { systems: 0, nearestDistance: 0 };
      return team ? [{ ...team, ...tally }] : [];
    }),
  };
}
