// Columns, left to right, for an acyclic graph: every provider strictly left of its consumers.
// We layer ourselves (ELK, which the layout once used, layered by network simplex over all edges,
// the slowest step measured), and the layers decide which edges the within-layer ordering sees
// (select-skeleton.ts). Longest path from the sources keeps the
// drawing as narrow as the dependency depth allows; a node is then pulled right next to its
// consumers when that shortens more edges than it stretches (a source that only feeds deep
// consumers would otherwise sit in column 0 with long edges).

/** layer[v] for each node, 0-based, no empty layer in between. */
export function assignLayers(n: number, dag: readonly (readonly [number, number])[]): Int32Array {
  const outs: number[][] = Array.from({ length: n }, () => []);
  const ins: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of dag) {
    outs[s].push(t);
    ins[t].push(s);
  }
  const order = topologicalOrder(n, outs, ins);
  const layer = new Int32Array(n);
  for (const v of order) for (const w of outs[v]) if (layer[w] <= layer[v]) layer[w] = layer[v] + 1;

  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    if (outs[v].length <= ins[v].length) continue;
    let limit = Infinity;
    for (const w of outs[v]) limit = Math.min(limit, layer[w] - 1);
    if (limit > layer[v]) layer[v] = limit;
  }
  return compact(layer);
}

function topologicalOrder(n: number, outs: number[][], ins: number[][]): number[] {
  const pending = Int32Array.from(ins, (a) => a.length);
  const order: number[] = [];
  for (let v = 0; v < n; v++) if (pending[v] === 0) order.push(v);
  for (let i = 0; i < order.length; i++) for (const w of outs[order[i]]) if (--pending[w] === 0) order.push(w);
  if (order.length !== n) throw new Error("assignLayers needs an acyclic graph");
  return order;
}

/** Renumbers the layers in use 0, 1, 2… keeping their order. */
function compact(layer: Int32Array): Int32Array {
  const used = [...new Set(layer)].sort((a, b) => a - b);
  const renumber = new Map(used.map((l, i) => [l, i]));
  return layer.map((l) => renumber.get(l)!);
}
