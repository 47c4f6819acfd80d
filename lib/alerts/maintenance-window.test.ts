import { describe, expect, it } from "vitest";
import { isMaintenanceOpen, isValidTimeZone, weeklyOccurrenceAt } from "./maintenance-window";

const at = (iso: string) => Date.parse(iso);

describe("maintenance windows", () => {
  it("opens a one-off window from its start (inclusive) to its end (exclusive)", () => {
    const spec = { kind: "ONE_OFF" as const, startsAt: new Date("2026-03-01T10:00:00Z"), endsAt: new Date("2026-03-01T12:00:00Z") };
    expect(isMaintenanceOpen(spec, at("2026-03-01T09:59:59Z"))).toBe(false);
    expect(isMaintenanceOpen(spec, at("2026-03-01T10:00:00Z"))).toBe(true);
    expect(isMaintenanceOpen(spec, at("2026-03-01T11:59:59Z"))).toBe(true);
    expect(isMaintenanceOpen(spec, at("2026-03-01T12:00:00Z"))).toBe(false);
  });

  it("keeps a weekly window at the same wall-clock time across the spring DST change (Europe/Berlin)", () => {
    // Sunday 02:30–05:30 local. 2026-03-22 is CET (UTC+1), 2026-03-29 is the change day, 2026-04-05 CEST (UTC+2).
    const spec = { kind: "WEEKLY" as const, weekday: 0, startMinute: 150, durationMinutes: 180, timeZone: "Europe/Berlin" };
    expect(weeklyOccurrenceAt(spec, at("2026-03-22T02:00:00Z"))).toEqual({ start: at("2026-03-22T01:30:00Z"), end: at("2026-03-22T04:30:00Z") });
    expect(weeklyOccurrenceAt(spec, at("2026-04-05T01:00:00Z"))).toEqual({ start: at("2026-04-05T00:30:00Z"), end: at("2026-04-05T03:30:00Z") });
    expect(isMaintenanceOpen(spec, at("2026-04-05T00:29:00Z"))).toBe(false);
    // On the change day 02:30 does not exist: the window starts at 03:30 CEST (01:30Z), what the clock shows after the jump.
    expect(weeklyOccurrenceAt(spec, at("2026-03-29T02:00:00Z"))?.start).toBe(at("2026-03-29T01:30:00Z"));
    expect(isMaintenanceOpen(spec, at("2026-03-29T00:45:00Z"))).toBe(false);
  });

  it("keeps the wall-clock time across the autumn change (America/New_York) and lasts real hours", () => {
    const spec = { kind: "WEEKLY" as const, weekday: 6, startMinute: 22 * 60, durationMinutes: 240, timeZone: "America/New_York" };
    // Saturday 2026-10-31 22:00 EDT = 02:00Z on Nov 1; 4 h later is 06:00Z (the clock went back at 06:00Z).
    expect(weeklyOccurrenceAt(spec, at("2026-11-01T05:59:00Z"))).toEqual({ start: at("2026-11-01T02:00:00Z"), end: at("2026-11-01T06:00:00Z") });
    // The next Saturday is EST: 22:00 = 03:00Z.
    expect(weeklyOccurrenceAt(spec, at("2026-11-08T03:00:00Z"))?.start).toBe(at("2026-11-08T03:00:00Z"));
    expect(isMaintenanceOpen(spec, at("2026-11-08T02:59:00Z"))).toBe(false);
  });

  it("spans midnight and the end of the week, and is closed on other days", () => {
    const spec = { kind: "WEEKLY" as const, weekday: 6, startMinute: 23 * 60, durationMinutes: 120, timeZone: "UTC" };
    expect(isMaintenanceOpen(spec, at("2026-03-08T00:30:00Z"))).toBe(true); // Sunday 00:30, from Saturday 23:00
    expect(isMaintenanceOpen(spec, at("2026-03-08T01:00:00Z"))).toBe(false);
    expect(isMaintenanceOpen(spec, at("2026-03-04T23:30:00Z"))).toBe(false); // a Wednesday
  });

  it("knows IANA zones", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
