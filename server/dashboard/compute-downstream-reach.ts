import "server-only";
import type { Adjacency } from "@/server/graph/graph-types";

/** Components per pass of the bitset dynamic programme: 64 words of 32 bits per row. */
const WORDS = 64;
const CHUNK = WORDS * 32;

/**
 * For every system, the number of other systems transitively downstream of it (the size of its
 * impact reach, as traverseImpact would find it without a depth limit).
 *
 * One BFS per system costs O(systems × arcs) — minutes at 25,000 systems whose hubs reach nearly
 * everything. Instead: collapse cycles (Tarjan's strongly connected components, which come out
 * sinks first), then walk the components in that order and OR each one's successors' reach sets
 * together as bitsets. Bitsets of all components at once would take components² / 8 bytes
 * (78 MB at 25,000), so the targets are taken CHUNK components at a time; a component can only
 * reach components numbered below it, so the pass for targets [lo, hi) starts at lo.
 */
export function computeDownstreamReach(n: number, { start, target }: Pick<Adjacency, "start" | "target">): Int32Array {
  const reach = new Int32Array(n);
  if (n === 0) return reach;
  const { comp, count: components } = stronglyConnectedComponents(n, start, target);
  const size = new Int32Array(components);
  for (let v = 0; v < n; v++) size[comp[v]]++;
  const { succStart, succ } = condense(n, start, target, comp, components);

  const total = new Float64Array(components); // systems reached, the component's own members included
  const rows = new Uint32Array(Math.min(components, n) * WORDS);
  const nonEmpty = new Uint8Array(components);
  const multi = new Uint32Array(WORDS); // bits of components with more than one member in this chunk

  for (let lo = 0; lo < components; lo += CHUNK) {
    const hi = Math.min(lo + CHUNK, components);
    multi.fill(0);
    for (let c = lo; c < hi; c++) if (size[c] > 1) multi[(c - lo) >>> 5] |= 1 << ((c - lo) & 31);
    for (let c = lo; c < components; c++) {
      const row = (c - lo) * WORDS;
      rows.fill(0, row, row + WORDS);
      let any = c < hi;
      if (any) rows[row + ((c - lo) >>> 5)] |= 1 << ((c - lo) & 31);
      for (let a = succStart[c]; a < succStart[c + 1]; a++) {
        const s = succ[a];
        if (s < lo || !nonEmpty[s]) continue;
        const from = (s - lo) * WORDS;
        for (let w = 0; w < WORDS; w++) rows[row + w] |= rows[from + w];
        any = true;
      }
      nonEmpty[c] = any ? 1 : 0;
      if (any) total[c] += weightedCount(rows, row, multi, lo, size);
    }
  }
  for (let v = 0; v < n; v++) reach[v] = total[comp[v]] - 1;
  return reach;
}

/** Set bits of one row, each counted as the size of its component. */
function weightedCount(rows: Uint32Array, row: number, multi: Uint32Array, lo: number, size: Int32Array): number {
  let sum = 0;
  for (let w = 0; w < WORDS; w++) {
    const bits = rows[row + w];
    if (bits === 0) continue;
    sum += popcount(bits);
    let heavy = bits & multi[w];
    while (heavy !== 0) {
      const low = heavy & -heavy;
      sum += size[lo + w * 32 + (31 - Math.clz32(low))] - 1;
      heavy ^= low;
    }
  }
  return sum;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Tarjan's algorithm without recursion (a hub's depth-first path can be thousands of systems
 * long). Components are numbered in the order they complete: every arc leads to a component
 * with the same or a lower number.
 */
function stronglyConnectedComponents(n: number, start: Int32Array, target: Int32Array) {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callVertex = new Int32Array(n);
  const callArc = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let top = 0;
    callVertex[0] = root;
    callArc[0] = start[root];
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    while (top >= 0) {
      const v = callVertex[top];
      const a = callArc[top];
      if (a < start[v + 1]) {
        callArc[top] = a + 1;
        const w = target[a];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          top++;
          callVertex[top] = w;
          callArc[top] = start[w];
        } else if (comp[w] === -1 && index[w] < low[v]) {
          low[v] = index[w]; // w is still on the stack: a back or cross arc within this component
        }
        continue;
      }
      if (low[v] === index[v]) {
        let x: number;
        do {
          x = stack[--sp];
          comp[x] = count;
        } while (x !== v);
        count++;
      }
      top--;
      if (top >= 0) {
        const u = callVertex[top];
        if (low[v] < low[u]) low[u] = low[v];
      }
    }
  }
  return { comp, count };
}

/** The arcs between components, each once, in CSR form (the component's own cycles dropped). */
function condense(n: number, start: Int32Array, target: Int32Array, comp: Int32Array, components: number) {
  const memberStart = new Int32Array(components + 1);
  for (let v = 0; v < n; v++) memberStart[comp[v] + 1]++;
  for (let c = 0; c < components; c++) memberStart[c + 1] += memberStart[c];
  const fill = memberStart.slice(0, components);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[comp[v]]++] = v;

  const seen = new Int32Array(components).fill(-1);
  const succStart = new Int32Array(components + 1);
  let succ = new Int32Array(Math.max(16, target.length));
  let m = 0;
  for (let c = 0; c < components; c++) {
    succStart[c] = m;
    for (let i = memberStart[c]; i < memberStart[c + 1]; i++) {
      const v = members[i];
      for (let a = start[v]; a < start[v + 1]; a++) {
        const s = comp[target[a]];
        if (s === c || seen[s] === c) continue;
        seen[s] = c;
        if (m === succ.length) {
          const grown = new Int32Array(succ.length * 2);
          grown.set(succ);
          succ = grown;
        }
        succ[m++] = s;
      }
    }
  }
  succStart[components] = m;
  return { succStart, succ };
}
