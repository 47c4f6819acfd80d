// The edges the within-layer ordering sees (order-layers.ts). A layered layout that takes every
// edge turns one spanning k layers into k−1 dummy nodes, and the map's hubs (hundreds of
// consumers, many layers apart) made tens of thousands of them: ELK, given every edge, took ≈1.9 s
// for 200 systems and 28 s for 1,000 (figures in compute-layout.ts). Ordering the nodes within
// their layers needs mostly the edges between neighbouring layers: every node has at least one
// (assignLayers puts each node right after its furthest provider or right before its nearest
// consumer). Longer edges are added back only where needed to keep each connected component in
// one piece (the ordering itself uses the neighbouring-layer ones).
import { createDisjointSets } from "./find-components";

export function selectSkeleton(
  n: number,
  dag: readonly (readonly [number, number])[],
  layer: Int32Array,
): [number, number][] {
  const sets = createDisjointSets(n);
  const skeleton: [number, number][] = [];
  const longer: [number, number][] = [];
  for (const [s, t] of dag) {
    if (layer[t] - layer[s] === 1) {
      skeleton.push([s, t]);
      sets.union(s, t);
    } else longer.push([s, t]);
  }
  longer.sort((a, b) => layer[a[1]] - layer[a[0]] - (layer[b[1]] - layer[b[0]]));
  for (const [s, t] of longer) if (sets.union(s, t)) skeleton.push([s, t]);
  return skeleton;
}
