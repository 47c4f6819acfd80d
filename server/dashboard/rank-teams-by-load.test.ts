import { describe, expect, it } from "vitest";
import { buildGraph } from "@/server/graph/build-graph";
import type { GraphSystem } from "@/server/graph/graph-types";
import { rankTeamsByLoad } from "./rank-teams-by-load";
import { weekStartUtc } from "./count-changes-per-week";

const system = (id: string, teamId: string | null, tier: number, lifecycle: GraphSystem["lifecycle"] = "ACTIVE"): GraphSystem => ({
  id, key: id, name: id, kind: "BUSINESS_APP", layer: "BUSINESS", tier, lifecycle, teamId, technicalOwnerId: null, domain: null, grouping: null,
});
const team = (id: string, activeMembers: number) => ({ id, key: id, name: `Team ${id}`, activeMembers });

describe("rankTeamsByLoad", () => {
  const graph = buildGraph({
    version: 1n,
    systems: [
      system("s1", "busy", 0), // 8
      system("s2", "busy", 1), // 4
      system("s3", "busy", 3, "RETIRED"), // not counted
      system("s4", "calm", 3), // 1
      system("s5", "orphaned", 2), // 2, and nobody active
      system("s6", "ghost", 0), // 8, and nobody active
      system("s7", null, 0),
    ],
    interfaces: [],
  });

  it("puts teams without an active member first (heaviest first), then the highest load", () => {
    const ranked = rankTeamsByLoad({
      graph,
      teams: [team("calm", 1), team("busy", 2), team("orphaned", 0), team("idle", 3), team("ghost", 0)],
    });
    expect(ranked.map((r) => [r.team.id, r.weight, r.systems, r.load])).toEqual([
      ["ghost", 8, 1, null],
      ["orphaned", 2, 1, null],
      ["busy", 12, 2, 6],
      ["calm", 1, 1, 1],
      ["idle", 0, 0, 0], // owns nothing: not in the graph's team list at all
    ]);
  });

  it("rounds the load to two decimals", () => {
    const [busy] = rankTeamsByLoad({ graph, teams: [team("busy", 7)] });
    expect(busy.load).toBe(1.71);
  });
});

describe("weekStartUtc", () => {
  it("is the Monday 00:00 UTC of the week, as PostgreSQL's date_trunc('week')", () => {
    expect(weekStartUtc(new Date("2026-11-23T00:00:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z"); // a Monday
    expect(weekStartUtc(new Date("2026-11-29T23:59:59Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z"); // Sunday night
    expect(weekStartUtc(new Date("2026-11-22T12:00:00Z")).toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(weekStartUtc(new Date("2027-01-01T08:00:00+08:00")).toISOString()).toBe("2026-12-28T00:00:00.000Z"); // across a year
  });
});
