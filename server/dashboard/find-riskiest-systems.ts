import "server-only";
import { db } from "@/server/db";
import { RISKIEST_LIMIT, type TOwnershipGapKind, type TRiskySystem } from "@/lib/schemas/dashboard";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { getDownstreamReach } from "./get-downstream-reach";
import { getSystemStats } from "./get-system-stats";

export type FindRiskiestSystemsOptions = { graph: TopologyGraph; teamId?: string };

type GapRow = {
  id: string;
  teamId: string | null;
  teamKey: string | null;
  teamName: string | null;
  noTechnicalOwner: boolean;
  noBusinessOwner: boolean;
  deactivatedOwner: boolean;
};

// The two gaps the graph cannot see (business owner, deactivated owner) are read for the
// candidates only; what the graph holds may be a moment older than the rows, so the row decides.
const GAPS_SQL = `
  SELECT s."id", s."teamId", tm."key" AS "teamKey", tm."name" AS "teamName",
         s."technicalOwnerId" IS NULL AS "noTechnicalOwner",
         s."businessOwnerId" IS NULL AS "noBusinessOwner",
         (COALESCE(NOT t."active", false) OR COALESCE(NOT b."active", false)) AS "deactivatedOwner"
    FROM "System" s
    LEFT JOIN "Team" tm ON tm."id" = s."teamId"
    LEFT JOIN "User" t ON t."id" = s."technicalOwnerId"
    LEFT JOIN "User" b ON b."id" = s."businessOwnerId"
   WHERE s."id" = ANY($1::text[])`;

/** Candidates whose gaps are read per query, most promising first. */
const BATCH = 100;

/**
 * The systems whose failure would hurt most and whom nobody clearly answers for:
 * risk = downstream reach × (1 + ownership gaps), gaps being a missing team, technical owner or
 * business owner and a deactivated owner. Ties go to the more critical tier, then the name.
 *
 * Reading the gaps of every system would cost a 25,000-row query per request. The graph knows
 * two of them (team, technical owner), which bounds each system's risk: at least
 * reach × (1 + known), at most reach × (1 + known + unknown), where unknown is 2 (business owner
 * missing, an owner deactivated) or 1 when the technical owner is missing (then only the business
 * owner can be deactivated, and not also be missing). Candidates are read in batches, best upper
 * bound first, until no unread one can beat or tie the tenth: usually one batch, even in a large
 * strongly connected estate where thousands of systems share the same reach.
 */
export async function findRiskiestSystems({ graph, teamId }: FindRiskiestSystemsOptions): Promise<TRiskySystem[]> {
  let ranked: Candidates;
  if (teamId === undefined) {
    // The bounds depend on the graph alone: ranked once per graph version for the whole estate.
    ranked = estateCandidates.get(graph) ?? rankCandidates(graph, graph.systems.keys());
    estateCandidates.set(graph, ranked);
  } else {
    const team = graph.teamIds.indexOf(teamId);
    if (team < 0) return []; // the team owns no system
    const { teamStart, teamSystems } = getSystemStats(graph);
    ranked = rankCandidates(graph, teamSystems.subarray(teamStart[team], teamStart[team + 1]).values());
  }
  const { index, upper, order: candidates } = ranked;
  const { systems, rank } = graph;
  const reach = getDownstreamReach(graph);

  const found: (TRiskySystem & { rank: number })[] = [];
  for (let next = 0; next < candidates.length; ) {
    if (found.length >= RISKIEST_LIMIT) {
      const tenth = found[RISKIEST_LIMIT - 1];
      const k = candidates[next];
      // Sorted by upper bound, then rank: nothing left can beat the tenth, nor tie it and rank before it.
      if (upper[k] < tenth.risk || (upper[k] === tenth.risk && rank[index[k]] > tenth.rank)) break;
    }
    const batch = candidates.slice(next, next + BATCH).map((k) => index[k]);
    next += batch.length;
    const rows = await db().$queryRawUnsafe<GapRow[]>(GAPS_SQL, batch.map((i) => systems[i].id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const i of batch) {
      const row = byId.get(systems[i].id);
      if (row) found.push(toRisky(graph.systems[i], reach[i], rank[i], row));
    }
    found.sort((a, b) => b.risk - a.risk || a.rank - b.rank);
    found.length = Math.min(found.length, RISKIEST_LIMIT);
  }
  return found.map(({ rank: _rank, ...r }) => r);
}

type Candidates = { index: Int32Array; upper: Float64Array; order: number[] };
const estateCandidates = new WeakMap<TopologyGraph, Candidates>();

/** The systems that could make the list, best upper bound first (then by rank), with their bounds. */
function rankCandidates(graph: TopologyGraph, systemIndexes: Iterable<number>): Candidates {
  const reach = getDownstreamReach(graph);
  const { systems, teamIndex, rank } = graph;
  const index: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (const i of systemIndexes) {
    if (reach[i] === 0) continue; // nothing downstream: no risk of this kind
    const noTechnical = systems[i].technicalOwnerId === null;
    const known = (teamIndex[i] < 0 ? 1 : 0) + (noTechnical ? 1 : 0);
    index.push(i);
    lower.push(reach[i] * (1 + known));
    upper.push(reach[i] * (1 + known + (noTechnical ? 1 : 2)));
  }
  // Whatever the unknown gaps, the tenth-best risk is at least the tenth-best lower bound.
  const floor = lower.length < RISKIEST_LIMIT ? 0 : Float64Array.from(lower).sort()[lower.length - RISKIEST_LIMIT];
  const order = index.map((_, k) => k).filter((k) => upper[k] >= floor);
  order.sort((a, b) => upper[b] - upper[a] || rank[index[a]] - rank[index[b]]);
  return { index: Int32Array.from(index), upper: Float64Array.from(upper), order };
}

function toRisky(s: TopologyGraph["systems"][number], reach: number, rank: number, row: GapRow): TRiskySystem & { rank: number } {
  const gaps: TOwnershipGapKind[] = [];
  if (row.teamId === null) gaps.push("team");
  if (row.noTechnicalOwner) gaps.push("technicalOwner");
  if (row.noBusinessOwner) gaps.push("businessOwner");
  if (row.deactivatedOwner) gaps.push("deactivatedOwner");
  return {
    system: { id: s.id, key: s.key, name: s.name },
    tier: s.tier,
    team: row.teamId === null ? null : { id: row.teamId, key: row.teamKey!, name: row.teamName! },
    reach,
    gaps,
    risk: reach * (1 + gaps.length),
    rank, // (tier, name, key) order: the tie-break
  };
}
