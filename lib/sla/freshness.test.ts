import { describe, expect, it } from "vitest";
import { measureFreshness, monthWindow } from "./freshness";

const MIN = 60_000;

describe("measureFreshness", () => {
  it("counts the time the data was older than the objective between runs", () => {
    // Runs end at 0, 60 and 200 minutes, each with data as of its end; objective 90 minutes.
    const runs = [0, 60, 200].map((t) => ({ endedAt: t * MIN, freshAt: t * MIN }));
    const r = measureFreshness(runs, 0, 300 * MIN, 90 * MIN);
    // 60→200: stale from 150 to 200 (50 min); 200→300: never past 290? 200+90 = 290 → 10 min.
    expect(r).toEqual({ measuredMs: 300 * MIN, staleMs: 60 * MIN });
  });

  it("starts from the last run before the window and measures nothing before any run", () => {
    const before = measureFreshness([{ endedAt: -100 * MIN, freshAt: -120 * MIN }], 0, 60 * MIN, 90 * MIN);
    // Data as of −120 min is stale from −30 min: the whole hour in the window.
    expect(before).toEqual({ measuredMs: 60 * MIN, staleMs: 60 * MIN });
    expect(measureFreshness([{ endedAt: 30 * MIN, freshAt: 30 * MIN }], 0, 60 * MIN, 90 * MIN)).toEqual({ measuredMs: 30 * MIN, staleMs: 0 });
    expect(measureFreshness([], 0, 60 * MIN, 90 * MIN)).toEqual({ measuredMs: 0, staleMs: 0 });
  });

  it("keeps the freshest data when a later run carries older data (a backfill)", () => {
    const runs = [{ endedAt: 0, freshAt: 0 }, { endedAt: 10 * MIN, freshAt: -500 * MIN }];
    expect(measureFreshness(runs, 0, 60 * MIN, 90 * MIN).staleMs).toBe(0);
  });
});

describe("monthWindow", () => {
  it("is the UTC month, cut at now while it is under way", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    expect(monthWindow("2026-11", now)).toEqual({ from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") });
    expect(monthWindow("2026-12", now)).toEqual({ from: new Date("2026-12-01T00:00:00Z"), to: now });
  });
});
