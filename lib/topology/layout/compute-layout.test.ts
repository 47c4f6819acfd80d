import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/prng";
import { computeLayout } from "./compute-layout";
import { UNGROUPED_LANE_ID, type LayoutInput, type LayoutResult } from "./layout-types";

const W = 220;
const H = 64;
const node = (id: string, group?: string | null) => ({ id, width: W, height: H, group });
const edge = (source: string, target: string, id = `${source}->${target}`) => ({ id, source, target });

/** A random DAG shaped like an estate: nodes only depend on lower-numbered ones, two big hubs. */
function randomDag(count: number, seed: number): LayoutInput {
  const rng = createRng(seed);
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
  const edges = [];
  for (let c = 1; c < count; c++) {
    for (let k = 0; k < 1 + rng.int(4); k++) {
      const p = rng.chance(0.3) ? rng.int(2) : rng.int(c);
      if (p !== c) edges.push(edge(`n${p}`, `n${c}`, `e${edges.length}`));
    }
  }
  return { nodes, edges };
}

function overlapping(input: LayoutInput, result: LayoutResult): string[] {
  const boxes = input.nodes.map((n) => ({ id: n.id, ...result.positions[n.id], w: n.width, h: n.height }));
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) clashes.push(`${a.id}/${b.id}`);
    }
  }
  return clashes;
}

const providersRightOfConsumers = (input: LayoutInput, result: LayoutResult) =>
  input.edges.filter((e) => result.positions[e.source].x + W > result.positions[e.target].x).map((e) => e.id);

describe("computeLayout", () => {
  it("places every node, inside the reported size, with no two boxes overlapping", async () => {
    const input = randomDag(120, 7);
    const result = computeLayout(input);
    expect(Object.keys(result.positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const { x, y } of Object.values(result.positions)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + W).toBeLessThanOrEqual(result.width);
      expect(y + H).toBeLessThanOrEqual(result.height);
    }
    expect(overlapping(input, result)).toEqual([]);
    expect(result.groups).toEqual([]);
  });

  it("puts every provider left of its consumers in a DAG", async () => {
    const input = randomDag(150, 11);
    const result = computeLayout(input);
    expect(providersRightOfConsumers(input, result)).toEqual([]);
  });

  it("lays out cycles and disconnected parts, keeping the acyclic parts left to right", async () => {
    const input: LayoutInput = {
      nodes: ["a", "b", "c", "d", "e", "f", "g", "lone"].map((id) => node(id)),
      edges: [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"), edge("d", "d"), edge("e", "f"), edge("f", "g"), edge("g", "f")],
    };
    const result = computeLayout(input);
    expect(Object.keys(result.positions)).toHaveLength(8);
    expect(overlapping(input, result)).toEqual([]);
    expect(result.positions.c.x + W).toBeLessThanOrEqual(result.positions.d.x);
    expect(result.positions.e.x + W).toBeLessThanOrEqual(result.positions.f.x);
    // The parts are packed apart: the 4-node part's box does not overlap the 3-node part's box.
    const box = (ids: string[]) => ({
      left: Math.min(...ids.map((id) => result.positions[id].x)),
      right: Math.max(...ids.map((id) => result.positions[id].x + W)),
      top: Math.min(...ids.map((id) => result.positions[id].y)),
      bottom: Math.max(...ids.map((id) => result.positions[id].y + H)),
    });
    const [p, q] = [box(["a", "b", "c", "d"]), box(["e", "f", "g"])];
    expect(p.right <= q.left || q.right <= p.left || p.bottom <= q.top || q.bottom <= p.top).toBe(true);
  });

  it("ignores edges to unknown nodes, self-loops, duplicate edges and repeated node ids", async () => {
    const input: LayoutInput = {
      nodes: [node("a"), node("b"), node("a")],
      edges: [edge("a", "ghost"), edge("ghost", "b"), edge("a", "a"), edge("a", "b", "1"), edge("a", "b", "2")],
    };
    const result = computeLayout(input);
    expect(Object.keys(result.positions).sort()).toEqual(["a", "b"]);
    expect(result.positions.a.x + W).toBeLessThanOrEqual(result.positions.b.x);
  });

  it("returns an empty layout for an empty graph", async () => {
    expect(computeLayout({ nodes: [], edges: [] })).toEqual({ positions: {}, groups: [], width: 0, height: 0 });
  });

  it("gives the same answer for the same input", async () => {
    const input = randomDag(80, 3);
    expect(computeLayout(input)).toEqual(computeLayout(input));
  });
});

describe("computeLayout with groups (swimlanes)", () => {
  const groups = [{ id: "data", label: "Data" }, { id: "business", label: "Business" }, { id: "empty", label: "Empty" }];

  function groupedDag(): LayoutInput {
    const dag = randomDag(90, 5);
    const lanes = ["data", "business", "unlisted", null];
    return { ...dag, groups, nodes: dag.nodes.map((n, i) => ({ ...n, group: lanes[i % 4] })) };
  }

  it("puts each node inside its own lane, lanes stacked in the given order without overlapping", async () => {
    const input = groupedDag();
    const result = computeLayout(input);
    // "empty" has no nodes; groups the list does not know, and the ungrouped, come last.
    expect(result.groups.map((g) => g.id)).toEqual(["data", "business", "unlisted", UNGROUPED_LANE_ID]);
    const lane = new Map(result.groups.map((g) => [g.id, g]));
    for (const n of input.nodes) {
      const r = lane.get(n.group ?? UNGROUPED_LANE_ID)!;
      const p = result.positions[n.id];
      expect(p.x).toBeGreaterThanOrEqual(r.x);
      expect(p.y).toBeGreaterThanOrEqual(r.y);
      expect(p.x + n.width).toBeLessThanOrEqual(r.x + r.width);
      expect(p.y + n.height).toBeLessThanOrEqual(r.y + r.height);
    }
    for (let i = 1; i < result.groups.length; i++) {
      expect(result.groups[i].y).toBeGreaterThanOrEqual(result.groups[i - 1].y + result.groups[i - 1].height);
    }
    const last = result.groups[result.groups.length - 1];
    expect(result.height).toBe(last.y + last.height);
    expect(overlapping(input, result)).toEqual([]);
  });

  it("keeps providers left of consumers across lanes", async () => {
    const input = groupedDag();
    expect(providersRightOfConsumers(input, computeLayout(input))).toEqual([]);
  });

  it("spreads systems without interfaces over the lane instead of one column", async () => {
    const input: LayoutInput = { nodes: Array.from({ length: 18 }, (_, i) => node(`s${i}`, "data")), edges: [], groups };
    const result = computeLayout(input);
    const columns = new Set(Object.values(result.positions).map((p) => p.x));
    expect(columns.size).toBeGreaterThan(1);
    expect(overlapping(input, result)).toEqual([]);
  });
});
