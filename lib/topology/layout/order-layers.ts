// The order of the nodes within each layer: layer-by-layer sweeps that sort each layer by the mean
// rank of its neighbours in the layer just swept (the barycenter heuristic), down and up again,
// keeping the order with the fewest crossings. This is the family of method ELK's LAYER_SWEEP
// uses; ours runs on typed arrays over the skeleton's edges between neighbouring layers, so a
// 1,000-system map is ordered in milliseconds even on a cold start (ELK, a 1.5 MB compiled-Java
// script, took the layout worker ≈0.5 s to load and ≈2 s for its first, unoptimized run).
import { countCrossings } from "./count-crossings";

/** Sweeps at most (one down and one up each), and without improvement this many times, stop. */
const MAX_ROUNDS = 12;
const PATIENCE = 2;

/** rank[v] within its layer; components stay contiguous, in the order of their numbers. */
export function orderLayers(
  n: number,
  layer: Int32Array,
  component: Int32Array,
  edges: readonly (readonly [number, number])[],
): Int32Array {
  const adjacent = edges.filter(([s, t]) => layer[t] - layer[s] === 1);
  const above = neighbours(n, adjacent, 1);
  const below = neighbours(n, adjacent, 0);
  const layers: number[][] = [];
  for (let v = 0; v < n; v++) (layers[layer[v]] ??= []).push(v);
  for (let l = 0; l < layers.length; l++) layers[l] ??= [];

  const rank = new Int32Array(n);
  const key = new Float64Array(n);
  const sortLayer = (nodes: number[]) => {
    nodes.sort((a, b) => component[a] - component[b] || key[a] - key[b] || rank[a] - rank[b]);
    nodes.forEach((v, i) => (rank[v] = i));
  };
  // Start from the input order, component by component.
  for (const nodes of layers) {
    for (const v of nodes) key[v] = v;
    sortLayer(nodes);
  }
  const sweep = (from: Int32Array[], down: boolean) => {
    const count = layers.length;
    for (let step = 1; step < count; step++) {
      const nodes = layers[down ? step : count - 1 - step];
      for (const v of nodes) {
        const list = from[v];
        if (list.length === 0) key[v] = rank[v]; // no neighbour there: keep its place
        else {
          let sum = 0;
          for (let i = 0; i < list.length; i++) sum += rank[list[i]];
          key[v] = sum / list.length;
        }
      }
      sortLayer(nodes);
    }
  };

  let best = rank.slice();
  let fewest = countCrossings(layer, rank, adjacent);
  let idle = 0;
  for (let round = 0; round < MAX_ROUNDS && fewest > 0 && idle < PATIENCE; round++) {
    const before = fewest;
    for (const down of [true, false]) {
      sweep(down ? above : below, down);
      const crossings = countCrossings(layer, rank, adjacent);
      if (crossings < fewest) {
        fewest = crossings;
        best = rank.slice();
      }
    }
    idle = fewest < before ? 0 : idle + 1;
  }
  rank.set(best);
  for (const nodes of layers) nodes.sort((a, b) => rank[a] - rank[b]);
  transpose(layers, rank, component, above, below);
  return countCrossings(layer, rank, adjacent) <= fewest ? rank : best;
}

const TRANSPOSE_PASSES = 8;

/**
 * Swaps neighbours within a layer while that removes crossings with both adjacent layers (the
 * "transpose" step of Gansner et al.'s dot): sweeps leave pairs that only a local swap improves.
 */
function transpose(layers: number[][], rank: Int32Array, component: Int32Array, above: Int32Array[], below: Int32Array[]) {
  // The ranks of a node's neighbours, sorted: they live in the other layers, so they hold while
  // one layer's pairs are swapped.
  const sorted = (list: Int32Array) => Int32Array.from(list, (v) => rank[v]).sort();
  for (let pass = 0; pass < TRANSPOSE_PASSES; pass++) {
    let improved = false;
    for (const nodes of layers) {
      const up = new Map(nodes.map((v) => [v, sorted(above[v])]));
      const down = new Map(nodes.map((v) => [v, sorted(below[v])]));
      for (let i = 0; i + 1 < nodes.length; i++) {
        const u = nodes[i];
        const v = nodes[i + 1];
        if (component[u] !== component[v]) continue;
        const upU = up.get(u)!, upV = up.get(v)!, downU = down.get(u)!, downV = down.get(v)!;
        const now = crossingsOf(upU, upV) + crossingsOf(downU, downV);
        const swapped = crossingsOf(upV, upU) + crossingsOf(downV, downU);
        if (swapped < now) {
          nodes[i] = v;
          nodes[i + 1] = u;
          rank[u] = i + 1;
          rank[v] = i;
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/** Crossings between edges to ranks `a` (from the upper node) and to ranks `b` (from the lower): pairs with a > b. */
function crossingsOf(a: Int32Array, b: Int32Array): number {
  let count = 0;
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j] < x) j++;
    count += j;
  }
  return count;
}

/** For each node, its neighbours at the given end (0: provider, 1: consumer) of `edges`. */
function neighbours(n: number, edges: readonly (readonly [number, number])[], end: 0 | 1): Int32Array[] {
  const degree = new Int32Array(n);
  for (const e of edges) degree[e[end]]++;
  const lists = Array.from(degree, (d) => new Int32Array(d));
  degree.fill(0);
  for (const e of edges) {
    const v = e[end];
    lists[v][degree[v]++] = e[1 - end];
  }
  return lists;
}
