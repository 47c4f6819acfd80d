import { describe, expect, it } from "vitest";
import { computeDownstreamReach } from "./compute-downstream-reach";

/** CSR arrays from an arc list, as build-graph.ts makes them. */
function csr(n: number, arcs: [number, number][]) {
  const start = new Int32Array(n + 1);
  for (const [from] of arcs) start[from + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const target = new Int32Array(arcs.length);
  for (const [from, to] of arcs) target[fill[from]++] = to;
  return { start, target };
}

/** The obvious answer: one BFS per system. */
function bfsReach(n: number, arcs: [number, number][]): number[] {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of arcs) out[a].push(b);
  return out.map((_, root) => {
    const seen = new Set([root]);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      for (const w of out[queue[head]]) {
        if (seen.has(w)) continue;
        seen.add(w);
        queue.push(w);
      }
    }
    return seen.size - 1;
  });
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("computeDownstreamReach", () => {
  it("counts a chain, a diamond and nothing for a sink", () => {
    // 0 → 1 → 2 → 3, and 4 → {5, 6} → 7
    const arcs: [number, number][] = [[0, 1], [1, 2], [2, 3], [4, 5], [4, 6], [5, 7], [6, 7]];
    expect([...computeDownstreamReach(8, csr(8, arcs))]).toEqual([3, 2, 1, 0, 3, 1, 1, 0]);
  });

  it("counts every other member of a cycle once, and never the system itself", () => {
    // 0 ⇄ 1 → 2 ⇄ 3, 4 → 4 (self-loop), parallel arcs 5 → 6 twice
    const arcs: [number, number][] = [[0, 1], [1, 0], [1, 2], [2, 3], [3, 2], [4, 4], [5, 6], [5, 6]];
    expect([...computeDownstreamReach(7, csr(7, arcs))]).toEqual([3, 3, 1, 1, 0, 1, 0]);
  });

  it("handles an empty graph", () => {
    expect(computeDownstreamReach(0, csr(0, [])).length).toBe(0);
  });

  it.each([
    { n: 60, arcs: 90, seed: 1 },
    { n: 300, arcs: 900, seed: 2 },
    { n: 2500, arcs: 5000, seed: 3 }, // more than one chunk of 2,048 components
    { n: 5000, arcs: 4000, seed: 4 }, // sparse: many isolated systems
  ])("matches one BFS per system on a random graph with cycles ($n systems, $arcs arcs)", ({ n, arcs, seed }) => {
    const next = random(seed);
    const list: [number, number][] = [];
    for (let i = 0; i < arcs; i++) {
      const a = Math.floor(next() * n);
      // Mostly "forward" arcs like a layered estate, some backward to make cycles.
      const b = next() < 0.9 ? Math.min(n - 1, a + 1 + Math.floor(next() * 20)) : Math.floor(next() * n);
      list.push([a, b]);
    }
    expect([...computeDownstreamReach(n, csr(n, list))]).toEqual(bfsReach(n, list));
  });
});
