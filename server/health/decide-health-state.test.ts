import { describe, expect, it } from "vitest";
import { decideHealthState, type SourceInput } from "./decide-health-state";

const T0 = Date.UTC(2026, 11, 4, 12, 0, 0);
const min = (n: number) => n * 60_000;
const at = (offsetMs: number) => new Date(T0 + offsetMs);
const source = (offsetMs: number, status: SourceInput["status"], intervalMs: number | null = min(1)): SourceInput => ({ at: at(offsetMs), status, intervalMs });
const decide = (sources: SourceInput[], nowOffset: number, more: Partial<Parameters<typeof decideHealthState>[0]> = {}) =>
  decideHealthState({ sources, lastRun: null, freshnessObjectiveMinutes: null, now: at(nowOffset), ...more });

describe("decideHealthState", () => {
  it("is unknown (no row) for a record that never reported", () => {
    expect(decide([], 0)).toBeNull();
  });

  it("takes the worst of the fresh sources, and lapses when the first of them leaves its window", () => {
    const d = decide([source(0, "UP"), source(-min(5), "DOWN"), source(-min(2), "DEGRADED")], 0);
    expect(d?.state).toBe("DOWN");
    // 1-minute senders: fresh for the 15-minute floor; the DOWN one (5 min old) lapses first.
    expect(d?.staleAt).toEqual(at(min(10)));
    expect(d?.lastSampleAt).toEqual(at(0));
  });

  it("drops a source that left its window: a stale DOWN does not outweigh a fresh UP", () => {
    expect(decide([source(0, "UP"), source(-min(16), "DOWN")], 0)?.state).toBe("UP");
  });

  it("widens the window to twice a slow sender's usual interval", () => {
    const slow = [source(0, "UP"), source(-min(25), "DEGRADED", min(15))];
    expect(decide(slow, 0)?.state).toBe("DEGRADED"); // 25 min < 2 × 15
    expect(decide(slow, min(5) + 1)?.state).toBe("UP");
  });

  it("counts a sample without a status as reporting, UP unless another source says worse", () => {
    expect(decide([source(0, null)], 0)?.state).toBe("UP");
    expect(decide([source(0, null), source(0, "DEGRADED")], 0)?.state).toBe("DEGRADED");
  });

  it("keeps the latest status while late, and turns NO_DATA at three usual intervals (with a floor)", () => {
    const tenMinuteSender = [source(0, "DEGRADED", min(10))];
    expect(decide(tenMinuteSender, min(19))?.state).toBe("DEGRADED"); // fresh: 2 × 10
    const late = decide(tenMinuteSender, min(25));
    expect(late).toEqual({ state: "DEGRADED", staleAt: at(min(30)), lastSampleAt: at(0) });
    expect(decide(tenMinuteSender, min(30))).toEqual({ state: "NO_DATA", staleAt: null, lastSampleAt: at(0) });
    // A 1-minute sender is not NO_DATA after 3 minutes: the 15-minute floor.
    expect(decide([source(0, "UP")], min(14))?.state).toBe("UP");
    expect(decide([source(0, "UP")], min(15))?.state).toBe("NO_DATA");
  });

  it("is NO_DATA only when every source went quiet", () => {
    expect(decide([source(-min(60), "UP"), source(-min(20), "UP", min(10))], 0)?.state).toBe("UP");
    expect(decide([source(-min(60), "UP"), source(-min(31), "UP", min(10))], 0)?.state).toBe("NO_DATA");
  });

  it("makes a failed last job run DOWN, and a succeeded one UP even when its samples went quiet", () => {
    expect(decide([], 0, { lastRun: { status: "FAILED", dataFreshAt: null } })?.state).toBe("DOWN");
    expect(decide([source(0, "UP")], 0, { lastRun: { status: "FAILED", dataFreshAt: null } })?.state).toBe("DOWN");
    expect(decide([source(-min(60), "UP")], 0, { lastRun: { status: "SUCCEEDED", dataFreshAt: null } })?.state).toBe("UP");
    expect(decide([source(0, "DOWN")], 0, { lastRun: { status: "SUCCEEDED", dataFreshAt: null } })?.state).toBe("DOWN");
  });

  it("turns a job DEGRADED when its data is older than the freshness objective, at that moment", () => {
    const run = { status: "SUCCEEDED" as const, dataFreshAt: at(-min(50)) };
    const before = decide([], 0, { lastRun: run, freshnessObjectiveMinutes: 60 });
    expect(before).toEqual({ state: "UP", staleAt: at(min(10)), lastSampleAt: null });
    expect(decide([], min(10), { lastRun: run, freshnessObjectiveMinutes: 60 })?.state).toBe("DEGRADED");
    expect(decide([], min(10), { lastRun: run, freshnessObjectiveMinutes: null })?.state).toBe("UP");
  });
});
