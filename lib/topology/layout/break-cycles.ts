// Makes the dependency graph acyclic so it can be layered left to right: finds a linear order of
// the nodes with few edges pointing backwards (Eades, Lin & Smyth's greedy heuristic, the one ELK's
// GREEDY cycle breaker uses too) and turns those few edges round. Linear in the graph's size except
// when it has to pick inside a cycle, which scans the remaining nodes: fine for the map's thousands.

/** Edges oriented along the order, each pair once (a 2-cycle a⇄b becomes one edge). */
export function breakCycles(n: number, edges: readonly (readonly [number, number])[]): [number, number][] {
  const rank = acyclicOrder(n, edges);
  const seen = new Set<number>();
  const dag: [number, number][] = [];
  for (const [s, t] of edges) {
    const [from, to] = rank[s] < rank[t] ? [s, t] : [t, s];
    const key = from * n + to;
    if (seen.has(key)) continue;
    seen.add(key);
    dag.push([from, to]);
  }
  return dag;
}

/** rank[v]: v's place in the order. Sinks go to the end, sources to the front, and when neither is
 * left the node with the largest out-degree minus in-degree goes to the front (ties: input order). */
export function acyclicOrder(n: number, edges: readonly (readonly [number, number])[]): Int32Array {
  const outs: number[][] = Array.from({ length: n }, () => []);
  const ins: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of edges) {
    outs[s].push(t);
    ins[t].push(s);
  }
  const outDeg = Int32Array.from(outs, (a) => a.length);
  const inDeg = Int32Array.from(ins, (a) => a.length);
  const alive = new Uint8Array(n).fill(1);
  const rank = new Int32Array(n);
  const sinks: number[] = [];
  const sources: number[] = [];
  for (let v = 0; v < n; v++) {
    if (outDeg[v] === 0) sinks.push(v);
    else if (inDeg[v] === 0) sources.push(v);
  }
  let front = 0;
  let back = n - 1;
  let remaining = n;
  const remove = (v: number) => {
    alive[v] = 0;
    remaining--;
    for (const w of outs[v]) if (alive[w] && --inDeg[w] === 0) sources.push(w);
    for (const w of ins[v]) if (alive[w] && --outDeg[w] === 0) sinks.push(w);
  };
  while (remaining > 0) {
    if (sinks.length) {
      const v = sinks.pop()!;
      if (!alive[v]) continue;
      rank[v] = back--;
      remove(v);
    } else if (sources.length) {
      const v = sources.pop()!;
      if (!alive[v]) continue;
      rank[v] = front++;
      remove(v);
    } else {
      let best = -1;
      for (let v = 0; v < n; v++) if (alive[v] && (best < 0 || outDeg[v] - inDeg[v] > outDeg[best] - inDeg[best])) best = v;
      rank[best] = front++;
      remove(best);
    }
  }
  return rank;
}
