import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/prng";
import { assignLayers } from "./assign-layers";
import { breakCycles } from "./break-cycles";
import { findComponents } from "./find-components";
import { selectSkeleton } from "./select-skeleton";

/** Random directed graph with cycles: 3 edges per node, any direction. */
function randomGraph(n: number, seed: number): [number, number][] {
  const rng = createRng(seed);
  const edges: [number, number][] = [];
  for (let i = 0; i < 3 * n; i++) {
    const s = rng.int(n);
    const t = rng.int(n);
    if (s !== t) edges.push([s, t]);
  }
  return edges;
}

function isAcyclic(n: number, edges: [number, number][]): boolean {
  const indegree = new Array<number>(n).fill(0);
  const outs: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of edges) {
    indegree[t]++;
    outs[s].push(t);
  }
  const queue = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  for (let i = 0; i < queue.length; i++) for (const w of outs[queue[i]]) if (--indegree[w] === 0) queue.push(w);
  return queue.length === n;
}

describe("breakCycles", () => {
  it("returns an acyclic graph over the same pairs, each pair once", () => {
    const edges = randomGraph(200, 1);
    const dag = breakCycles(200, edges);
    expect(isAcyclic(200, dag)).toBe(true);
    const pairs = (list: [number, number][]) => new Set(list.map(([s, t]) => `${Math.min(s, t)}-${Math.max(s, t)}`));
    expect(pairs(dag)).toEqual(pairs(edges));
    expect(dag).toHaveLength(pairs(edges).size);
  });

  it("leaves an acyclic graph as it is", () => {
    const edges: [number, number][] = [[0, 1], [1, 2], [0, 2], [3, 2]];
    expect(breakCycles(4, edges)).toEqual(edges);
  });

  it("turns round only one edge of a simple cycle", () => {
    const dag = breakCycles(3, [[0, 1], [1, 2], [2, 0]]);
    const kept = dag.filter(([s, t]) => (s === 0 && t === 1) || (s === 1 && t === 2) || (s === 2 && t === 0));
    expect(kept).toHaveLength(2);
  });
});

describe("assignLayers", () => {
  it("puts every provider in an earlier layer than its consumers, with no empty layer", () => {
    const dag = breakCycles(200, randomGraph(200, 2));
    const layer = assignLayers(200, dag);
    for (const [s, t] of dag) expect(layer[s]).toBeLessThan(layer[t]);
    const used = new Set(layer);
    expect(used.size).toBe(Math.max(...layer) + 1);
  });

  it("pulls a source that only feeds a deep consumer next to it", () => {
    // 0 → 1 → 2 → 3, and 4 → 3: 4 belongs in layer 2, not layer 0.
    const layer = assignLayers(5, [[0, 1], [1, 2], [2, 3], [4, 3]]);
    expect([...layer]).toEqual([0, 1, 2, 3, 2]);
  });

  it("refuses a cyclic graph rather than looping", () => {
    expect(() => assignLayers(2, [[0, 1], [1, 0]])).toThrow(/acyclic/);
  });
});

describe("selectSkeleton", () => {
  it("keeps the edges between neighbouring layers and just enough longer ones to keep components whole", () => {
    const dag = breakCycles(300, randomGraph(300, 3).slice(0, 200)); // sparse: several components
    const layer = assignLayers(300, dag);
    const skeleton = selectSkeleton(300, dag, layer);
    expect(skeleton.filter(([s, t]) => layer[t] - layer[s] === 1)).toHaveLength(dag.filter(([s, t]) => layer[t] - layer[s] === 1).length);
    expect([...findComponents(300, skeleton)]).toEqual([...findComponents(300, dag)]);
    expect(skeleton.length).toBeLessThan(dag.length);
  });
});
