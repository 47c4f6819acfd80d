import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditPeriod, localDayStart } from "./audit-period";

// The zone is fixed per test run by TZ; these tests pin it to Shanghai (UTC+8, no DST).
const zone = process.env.TZ;
beforeEach(() => { process.env.TZ = "Asia/Shanghai"; });
afterEach(() => { process.env.TZ = zone; });

describe("auditPeriod", () => {
  it("turns local days into the instants that bound them, the last day included", () => {
    expect(auditPeriod("2026-11-01", "2026-11-23")).toEqual({
      from: "2026-10-31T16:00:00.000Z", to: "2026-11-23T16:00:00.000Z", reversed: false,
    });
    expect(auditPeriod("2026-11-23", "2026-11-23")).toEqual({
      from: "2026-11-22T16:00:00.000Z", to: "2026-11-23T16:00:00.000Z", reversed: false,
    });
  });

  it("takes either end alone", () => {
    expect(auditPeriod("2026-02-28", undefined)).toEqual({ from: "2026-02-27T16:00:00.000Z", to: undefined, reversed: false });
    expect(auditPeriod(undefined, "2026-12-31")).toEqual({ from: undefined, to: "2026-12-31T16:00:00.000Z", reversed: false });
  });

  it("says when the end comes before the start, and sends neither", () => {
    expect(auditPeriod("2026-11-24", "2026-11-23")).toEqual({ reversed: true });
  });

  it("ignores what is not a real day, as a hand-edited link may hold", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "20261101", "yesterday", "0099-01-01", ""]) {
      expect(localDayStart(bad)).toBeUndefined();
    }
    expect(auditPeriod("2026-02-30", "nope")).toEqual({ from: undefined, to: undefined, reversed: false });
  });
});
