import { describe, expect, it } from "vitest";
import { mapSeverity } from "./map-severity";

describe("severity mapping", () => {
  it("maps Alertmanager's conventional words to our five, case-insensitively", () => {
    expect(["critical", "page", "error", "major", "warning", "info", "minor"].map(mapSeverity)).toEqual([
      "CRITICAL", "CRITICAL", "MAJOR", "MAJOR", "WARNING", "INFO", "MINOR",
    ]);
    expect(mapSeverity("Critical")).toBe("CRITICAL");
  });

  it("reads a missing or unknown severity as WARNING", () => {
    expect(mapSeverity(undefined)).toBe("WARNING");
    expect(mapSeverity("disaster")).toBe("WARNING");
  });
});
