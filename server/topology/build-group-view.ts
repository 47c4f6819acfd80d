import "server-only";
import type { TTopologyGroupBy } from "@/lib/schemas/topology";
import type { InterfaceStyle } from "@/server/generated/prisma/enums";
import type { GraphSystem, TopologyGraph } from "@/server/graph/graph-types";
import type { Estate } from "./select-estate";
import { INTERFACE_STYLES } from "@/lib/schemas/enums";

const STYLES = INTERFACE_STYLES.length;
const grow = (a: Int32Array) => {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
};

/**
 * At most this many aggregated edges are drawn: 500 teams can have ~146,000 connected pairs
 * (32 MB, and no canvas draws that). The largest pairs are kept; what the others carry is counted
 * on their groups (`omitted`) and in the response, so no interface disappears unmarked.
 */
export const MAX_GROUP_EDGES = 1500;

export type BuildGroupViewOptions = { graph: TopologyGraph; estate: Estate; groupBy: TTopologyGroupBy; maxEdges?: number };

const valueOf: Record<TTopologyGroupBy, (s: GraphSystem) => string | null> = {
  team: (s) => s.teamId,
  layer: (s) => s.layer,
  kind: (s) => s.kind,
  domain: (s) => s.domain,
  grouping: (s) => s.grouping,
};

/**
 * The filtered estate as one node per group and one edge per ordered pair of groups with the
 * interfaces between them counted by style. Interfaces inside a group are counted on its node,
 * so every interface of the estate is in exactly one count. Labels are the group's value here;
 * get-topology.ts puts team names in.
 */
export function buildGroupView({ graph, estate, groupBy, maxEdges = MAX_GROUP_EDGES }: BuildGroupViewOptions) {
  const groupOf = new Int32Array(graph.systems.length).fill(-1);
  const indexOf = new Map<string | null, number>();
  const groups: { value: string | null; systems: number; internalInterfaces: number }[] = [];
  graph.systems.forEach((s, i) => {
    if (!estate.systems[i]) return;
    const value = valueOf[groupBy](s);
    let g = indexOf.get(value);
    if (g === undefined) {
      g = groups.push({ value, systems: 0, internalInterfaces: 0 }) - 1;
      indexOf.set(value, g);
    }
    groupOf[i] = g;
    groups[g].systems++;
  });

  // Counts in flat typed arrays (pair × style) in a plain loop: a Map of objects per pair took
  // ~10 ms per 250,000 interfaces. Pairs are found through a dense table (one slot per ordered
  // pair of groups) unless there are thousands of groups.
  const g = groups.length;
  const dense = g * g <= 1 << 22 ? new Int32Array(g * g).fill(-1) : null;
  const sparse = new Map<number, number>();
  const internal = new Int32Array(g);
  const pairKeys: number[] = [];
  let counts = new Int32Array(64 * STYLES);
  const { interfaces, styleIndex } = graph;
  const include = estate.interfaces;
  for (let i = 0; i < interfaces.length; i++) {
    if (!include[i]) continue;
    const from = groupOf[interfaces[i].provider];
    const to = groupOf[interfaces[i].consumer];
    if (from === to) {
      internal[from]++;
      continue;
    }
    const key = from * g + to;
    let pair = dense ? dense[key] : (sparse.get(key) ?? -1);
    if (pair === -1) {
      pair = pairKeys.push(key) - 1;
      if (dense) dense[key] = pair;
      else sparse.set(key, pair);
      if ((pair + 1) * STYLES > counts.length) counts = grow(counts);
    }
    counts[pair * STYLES + styleIndex[i]]++;
  }
  groups.forEach((group, i) => (group.internalInterfaces = internal[i]));

  const groupId = (g: number) => `${groupBy}:${groups[g].value ?? "none"}`;
  const totalOf = (pair: number) => {
    let total = 0;
    for (let st = 0; st < STYLES; st++) total += counts[pair * STYLES + st];
    return total;
  };
  let pairs = pairKeys.map((_, pair) => pair);
  const omittedOut = new Int32Array(g);
  const omittedIn = new Int32Array(g);
  const omitted = { pairs: 0, interfaces: 0 };
  if (pairs.length > maxEdges) {
    const totals = Int32Array.from(pairs, totalOf);
    pairs.sort((a, b) => totals[b] - totals[a] || a - b);
    for (const pair of pairs.slice(maxEdges)) {
      omittedOut[Math.floor(pairKeys[pair] / g)] += totals[pair];
      omittedIn[pairKeys[pair] % g] += totals[pair];
      omitted.pairs++;
      omitted.interfaces += totals[pair];
    }
    pairs = pairs.slice(0, maxEdges);
  }
  const nodes = groups.map((group, i) => ({
    type: "group" as const, id: groupId(i), groupBy, ...group, label: group.value ?? "",
    omitted: { outgoing: omittedOut[i], incoming: omittedIn[i] },
  }));
  const edges = pairs.map((pair) => {
    const pairKey = pairKeys[pair];
    const source = groupId(Math.floor(pairKey / g));
    const target = groupId(pairKey % g);
    const styles: Partial<Record<InterfaceStyle, number>> = {};
    let interfaces = 0;
    for (let st = 0; st < STYLES; st++) {
      const n = counts[pair * STYLES + st];
      if (!n) continue;
      styles[INTERFACE_STYLES[st]] = n;
      interfaces += n;
    }
    return { type: "aggregate" as const, id: `${source}>${target}`, source, target, interfaces, styles };
  });
  return { nodes, edges, omitted };
}
