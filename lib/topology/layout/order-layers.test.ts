import { describe, expect, it } from "vitest";
import { countCrossings } from "./count-crossings";
import { orderLayers } from "./order-layers";

const layers = (...l: number[]) => Int32Array.from(l);

describe("countCrossings", () => {
  // a, b in layer 0; c, d in layer 1.
  const layer = layers(0, 0, 1, 1);
  it("counts two edges whose ends are in opposite orders", () => {
    expect(countCrossings(layer, [0, 1, 0, 1], [[0, 3], [1, 2]])).toBe(1);
    expect(countCrossings(layer, [0, 1, 0, 1], [[0, 2], [1, 3]])).toBe(0);
  });

  it("does not count edges sharing an end, nor edges spanning more than one layer", () => {
    expect(countCrossings(layer, [0, 1, 0, 1], [[0, 2], [0, 3], [1, 3]])).toBe(0);
    expect(countCrossings(layers(0, 0, 2, 1), [0, 1, 0, 0], [[0, 3], [1, 2]])).toBe(0);
  });

  it("adds up every pair of neighbouring layers", () => {
    // Two K2,2-like tangles: layers 0→1 and 1→2 each cross once.
    const l = layers(0, 0, 1, 1, 2, 2);
    expect(countCrossings(l, [0, 1, 0, 1, 0, 1], [[0, 3], [1, 2], [2, 5], [3, 4]])).toBe(2);
  });
});

describe("orderLayers", () => {
  it("untangles what a reordering can untangle", () => {
    // Input order crosses: a→d, b→c, c→f, d→e.
    const layer = layers(0, 0, 1, 1, 2, 2);
    const edges: [number, number][] = [[0, 3], [1, 2], [2, 5], [3, 4]];
    const component = new Int32Array(6);
    expect(countCrossings(layer, orderLayers(6, layer, component, edges), edges)).toBe(0);
  });

  it("gives each layer ranks 0…k−1 and keeps components together, in the order of their numbers", () => {
    const layer = layers(0, 0, 0, 1, 1, 1);
    const component = Int32Array.from([1, 0, 1, 1, 0, 1]);
    const rank = orderLayers(6, layer, component, [[0, 5], [2, 3], [1, 4]]);
    expect([rank[0], rank[1], rank[2]].sort()).toEqual([0, 1, 2]);
    expect([rank[3], rank[4], rank[5]].sort()).toEqual([0, 1, 2]);
    expect(rank[1]).toBe(0); // component 0 first
    expect(rank[4]).toBe(0);
    expect(countCrossings(layer, rank, [[0, 5], [2, 3], [1, 4]])).toBe(0);
  });

  it("never leaves more crossings than the input order, and answers the same every time", () => {
    // A denser graph: 4 layers of 6, each node wired to two in the next layer.
    const n = 24;
    const layer = Int32Array.from({ length: n }, (_, v) => Math.floor(v / 6));
    const edges: [number, number][] = [];
    for (let v = 0; v < 18; v++) edges.push([v, 6 * (layer[v] + 1) + ((v * 5) % 6)], [v, 6 * (layer[v] + 1) + ((v * 5 + 3) % 6)]);
    const component = new Int32Array(n);
    const input = Int32Array.from({ length: n }, (_, v) => v % 6);
    const rank = orderLayers(n, layer, component, edges);
    expect(countCrossings(layer, rank, edges)).toBeLessThanOrEqual(countCrossings(layer, input, edges));
    expect(orderLayers(n, layer, component, edges)).toEqual(rank);
  });
});
