import { describe, expect, it } from "vitest";
import type { TImpactResult } from "@/lib/schemas/impact";
import { mergeImpactPages, nextImpactOffset, type TImpactSystem } from "./merge-impact-pages";

const system = (id: string, distance: number): TImpactSystem => ({
  id, key: id, name: `System ${id}`, kind: "BUSINESS_APP", layer: "BUSINESS", tier: 2, lifecycle: "ACTIVE",
  distance, team: null, technicalOwner: null, path: [],
});

const team = { id: "t1", key: "payments", name: "Payments", onCall: "pd:payments", chatChannel: "#payments", contactEmail: null, systems: 3, nearestDistance: 1 };

function page(systems: TImpactSystem[], totalSystems: number): TImpactResult {
  return {
    root: { type: "system", id: "root", key: "root", name: "Root" },
    direction: "downstream",
    depth: null,
    totals: { systems: totalSystems, interfaces: 7, maxDistance: 2, withoutTeam: 1, teams: 1, byDistance: [], byTier: [] },
    systems,
    interfaces: [],
    teams: [team],
    truncated: false,
  };
}

describe("mergeImpactPages", () => {
  it("returns undefined before the first page", () => {
    expect(mergeImpactPages([])).toBeUndefined();
  });

  it("concatenates systems in page order and takes root, totals and teams from the first page", () => {
    const first = page([system("a", 1), system("b", 1)], 3);
    const second = { ...page([system("c", 2)], 4), teams: [] };
    const merged = mergeImpactPages([first, second])!;
    expect(merged.systems.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(merged.totals.systems).toBe(3);
    expect(merged.teams).toEqual([team]);
    expect(merged.root).toEqual(first.root);
  });

  it("keeps a system listed on two pages once, where it first appeared", () => {
    const merged = mergeImpactPages([page([system("a", 1), system("b", 1)], 3), page([system("b", 1), system("c", 2)], 3)])!;
    expect(merged.systems.map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});

describe("nextImpactOffset", () => {
  it("moves on by one page while systems remain", () => {
    expect(nextImpactOffset(page([], 120), 0, 50)).toBe(50);
    expect(nextImpactOffset(page([], 120), 50, 50)).toBe(100);
  });

  it("stops once the page reached the last system", () => {
    expect(nextImpactOffset(page([], 120), 100, 50)).toBeUndefined();
    expect(nextImpactOffset(page([], 100), 50, 50)).toBeUndefined();
    expect(nextImpactOffset(page([], 0), 0, 50)).toBeUndefined();
  });
});
