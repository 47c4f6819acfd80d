// Connected components, ignoring edge direction (union–find): the layout packs each one as its own
// block, so a few unrelated systems do not get threaded through the big picture.

/** component[v], numbered 0, 1, 2… in the order of each component's first node. */
export function findComponents(n: number, edges: readonly (readonly [number, number])[]): Int32Array {
  const sets = createDisjointSets(n);
  for (const [s, t] of edges) sets.union(s, t);
  const numbering = new Map<number, number>();
  const component = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const root = sets.find(v);
    if (!numbering.has(root)) numbering.set(root, numbering.size);
    component[v] = numbering.get(root)!;
  }
  return component;
}

export type DisjointSets = { find: (v: number) => number; union: (a: number, b: number) => boolean };

/** union returns false when a and b were already together. */
export function createDisjointSets(n: number): DisjointSets {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  return {
    find,
    union: (a, b) => {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return false;
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      return true;
    },
  };
}
