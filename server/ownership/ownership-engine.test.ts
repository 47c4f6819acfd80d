import { describe, expect, it } from "vitest";
import { compareGapRows, type GapRow } from "./gap-row";
import { computeScore } from "./compute-score";
import { countFindings } from "./count-findings";
import { deriveSubjectFindings } from "./derive-subject-findings";
import { compareC, severityOfTier } from "./ownership-rules";
import type { RecordGroup } from "./read-record-groups";
import type { TeamFacts } from "./read-team-facts";

const group = (over: Partial<RecordGroup>): RecordGroup => ({
  teamId: "t1", type: "SYSTEM", tier: 2, records: 1, complete: 1, unowned: 0, deactivated: 0, stale: 0,
  lastActivityAt: null, recent: true, ...over,
});
const team = (over: Partial<TeamFacts>): TeamFacts => ({
  id: "t1", key: "t1", name: "Team 1", members: 1, live: true, led: true, lastLoginAt: null, loginRecent: true, ...over,
});

describe("computeScore", () => {
  it("weights records by tier and scores an empty set 100", () => {
    const s = computeScore([group({ tier: 0, records: 2, complete: 1 }), group({ tier: 3, records: 1, complete: 1 })]);
    expect(s).toEqual({ score: (9 / 17) * 100, weight: 17, completeWeight: 9, records: 3, completeRecords: 2 });
    expect(computeScore([]).score).toBe(100);
  });
});

describe("deriveSubjectFindings", () => {
  it("judges teams by members and activity, takes severity from their most critical record", () => {
    const old = new Date("2020-01-01T00:00:00Z");
    const rows = deriveSubjectFindings({
      teams: [
        team({ id: "t1", live: false, led: false, loginRecent: false, lastLoginAt: old }),
        team({ id: "t2", name: "Empty", members: 0, live: false, led: false, loginRecent: false }),
      ],
      groups: [group({ teamId: "t1", tier: 1, recent: false, lastActivityAt: new Date("2021-01-01T00:00:00Z") }), group({ teamId: "t1", tier: 3, recent: false })],
      busFactor: [{ id: "u1", name: "Ann", email: "a@x", active: true, systems: 5, tier: 0, teamId: "t2" }],
      teamId: null,
    });
    expect(rows.map((r) => [r.rule, r.id, r.sortTier])).toEqual([
      ["team-no-active-member", "t1", 1], ["team-no-lead", "t1", 1], ["quiet-team", "t1", 1],
      ["team-no-active-member", "t2", 4], ["team-no-lead", "t2", 4],
      ["bus-factor", "u1", 0],
    ]);
    const quiet = rows.find((r) => r.rule === "quiet-team")!;
    expect(quiet).toMatchObject({ recordsTotal: 2, lastActivityAt: new Date("2021-01-01T00:00:00Z") });
    expect(severityOfTier(4)).toBe("low");
  });

  it("keeps only the findings answerable by the team filter", () => {
    const rows = deriveSubjectFindings({
      teams: [team({ id: "t1", led: false })],
      groups: [],
      busFactor: [{ id: "u1", name: "Ann", email: "a@x", active: true, systems: 5, tier: 0, teamId: "t2" }],
      teamId: "t1",
    });
    expect(rows.map((r) => r.rule)).toEqual(["team-no-lead"]);
  });
});

describe("countFindings", () => {
  it("lists every rule and applies a tier filter", () => {
    const groups = [group({ type: "SYSTEM", tier: 0, unowned: 2, stale: 1 }), group({ type: "INTERFACE", tier: 2, unowned: 3, deactivated: 1 })];
    const counts = Object.fromEntries(countFindings({ groups, subjects: [] }).map((c) => [c.rule, c.findings]));
    expect(counts).toEqual({
      "system-unowned": 2, "interface-unowned": 3, "deactivated-owner": 1, "team-no-active-member": 0,
      "team-no-lead": 0, "bus-factor": 0, stale: 1, "quiet-team": 0,
    });
    const high = countFindings({ groups, subjects: [], tiers: [0, 1] });
    expect(high.reduce((n, c) => n + c.findings, 0)).toBe(3);
  });
});

describe("order", () => {
  it("matches PostgreSQL's C collation: code points, uppercase before lowercase", () => {
    expect(["b", "B", "a", "Ä", "!x"].sort(compareC)).toEqual(["!x", "B", "a", "b", "Ä"]);
    const row = (over: Partial<GapRow>): GapRow => ({
      rule: "stale", subjectType: "SYSTEM", id: "1", key: "k", name: "n", tier: 2, sortTier: 2, teamId: null,
      missing: [], offOwners: [], person: null, recordsTotal: 0, lastActivityAt: null, ...over,
    });
    const sorted = [row({ sortTier: 3, name: "a" }), row({ name: "b" }), row({ name: "a", rule: "system-unowned" }), row({ name: "a" })].sort(compareGapRows);
    expect(sorted.map((r) => [r.sortTier, r.name, r.rule])).toEqual([[2, "a", "stale"], [2, "a", "system-unowned"], [2, "b", "stale"], [3, "a", "stale"]]);
  });
});
