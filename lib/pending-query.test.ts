import { describe, expect, it } from "vitest";
import { launch, newFlight, settle } from "./pending-query";

describe("pending query strings", () => {
  it("builds a quick second change on the first, before the URL shows either", () => {
    const f = newFlight();
    expect(settle(f, "")).toBe("");
    launch(f, "type=SETTING");
    expect(settle(f, "")).toBe("type=SETTING");
    launch(f, "type=SETTING&from=2026-11-23");
    expect(settle(f, "")).toBe("type=SETTING&from=2026-11-23");
  });

  it("keeps the later changes when an earlier one lands", () => {
    const f = newFlight();
    settle(f, "");
    launch(f, "a=1");
    launch(f, "a=1&b=2");
    expect(settle(f, "a=1")).toBe("a=1&b=2");
    expect(settle(f, "a=1&b=2")).toBe("a=1&b=2");
    expect(f.chain).toEqual([]);
  });

  it("forgets what was in flight when the URL went somewhere else", () => {
    const f = newFlight();
    settle(f, "a=1");
    launch(f, "a=1&b=2");
    expect(settle(f, "entityId=x")).toBe("entityId=x");
    expect(f.chain).toEqual([]);
  });
});
