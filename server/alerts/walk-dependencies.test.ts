import { describe, expect, it } from "vitest";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { pathBack, walkDependencies } from "./walk-dependencies";

/** A graph of only what the walk reads: CSR arcs over `n` systems. */
function graph(n: number, arcs: [number, number][]): TopologyGraph {
  const csr = (pairs: [number, number][]) => {
    const start = new Int32Array(n + 1);
    for (const [from] of pairs) start[from + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const target = new Int32Array(pairs.length);
    const fill = start.slice(0, n);
    for (const [from, to] of pairs) target[fill[from]++] = to;
    return { start, target, edge: new Int32Array(pairs.length) };
  };
  return { downstream: csr(arcs), upstream: csr(arcs.map(([a, b]) => [b, a])) } as unknown as TopologyGraph;
}

describe("walkDependencies", () => {
  // 0 → 1 → 3, 0 → 2 → 3 (a diamond), 3 → 4 → 5 → 6 → 7 (a chain).
  const g = graph(8, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]]);

  it("reaches each system once, nearest first, and reads the path back", () => {
    const up = walkDependencies({ graph: g, from: 3, direction: "upstream", depth: 4 });
    expect(up.map((r) => [r.index, r.distance])).toEqual([[1, 1], [2, 1], [0, 2]]);
    const top = up.find((r) => r.index === 0)!;
    expect(pathBack(top, up, 3)).toEqual([0, 1, 3]);
  });

  it("stops at the depth bound", () => {
    const up = walkDependencies({ graph: g, from: 7, direction: "upstream", depth: 4 });
    expect(up.map((r) => r.index)).toEqual([6, 5, 4, 3]);
    const down = walkDependencies({ graph: g, from: 0, direction: "downstream", depth: 2 });
    expect(down.map((r) => r.index).sort()).toEqual([1, 2, 3]);
  });
});
