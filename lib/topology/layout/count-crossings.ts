// How many pairs of edges between neighbouring layers cross, for an order of the nodes within
// their layers: the measure the within-layer ordering minimizes (order-layers.ts), and what
// npm run bench:layout reports. Edges spanning more than one layer are not counted.

/** `position[v]`: v's rank within its layer. Edges are [provider, consumer] with layer[provider] < layer[consumer]. */
export function countCrossings(layer: Int32Array, position: ArrayLike<number>, edges: readonly (readonly [number, number])[]): number {
  const between = new Map<number, [number, number][]>();
  for (const [s, t] of edges) {
    if (layer[t] - layer[s] !== 1) continue;
    let list = between.get(layer[s]);
    if (!list) between.set(layer[s], (list = []));
    list.push([position[s], position[t]]);
  }
  let crossings = 0;
  for (const list of between.values()) {
    // Two edges cross when their ends are in opposite orders: count inversions of the far ends
    // once the edges are sorted by their near ends (ties broken by the far end: no crossing).
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    crossings += inversions(list.map((e) => e[1]));
  }
  return crossings;
}

/** Pairs i < j with a[i] > a[j], by merge sort: O(m log m). */
function inversions(a: number[]): number {
  if (a.length < 2) return 0;
  const buffer = new Array<number>(a.length);
  let count = 0;
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (a[j] < a[i]) {
          count += mid - i;
          buffer[k++] = a[j++];
        } else buffer[k++] = a[i++];
      }
      while (i < mid) buffer[k++] = a[i++];
      while (j < hi) buffer[k++] = a[j++];
      for (let m = lo; m < hi; m++) a[m] = buffer[m];
    }
  }
  return count;
}
