import { describe, expect, it } from "vitest";
import type { TImpactReach } from "@/lib/schemas/impact-reach";
import { buildReachMaps } from "./build-reach-maps";

const reach: TImpactReach = {
  root: { type: "interface", id: "if-1", key: "orders-api", name: "Orders API" },
  direction: "downstream",
  depth: null,
  systems: [{ id: "s-b", distance: 1 }, { id: "s-c", distance: 2 }],
  interfaces: [{ id: "if-2", distance: 2 }, { id: "if-3", distance: 3 }],
};

describe("buildReachMaps", () => {
  it("maps every system and interface id to its distance, and names the root", () => {
    const maps = buildReachMaps(reach);
    expect(maps.rootId).toBe("if-1");
    expect([...maps.systems]).toEqual([["s-b", 1], ["s-c", 2]]);
    expect([...maps.interfaces]).toEqual([["if-2", 2], ["if-3", 3]]);
    expect(maps.systems.has("if-1")).toBe(false);
  });

  it("gives empty maps when nothing is reached", () => {
    const maps = buildReachMaps({ ...reach, systems: [], interfaces: [] });
    expect(maps.systems.size).toBe(0);
    expect(maps.interfaces.size).toBe(0);
  });
});
