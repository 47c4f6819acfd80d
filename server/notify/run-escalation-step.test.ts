import { describe, expect, it } from "vitest";
import { nextStep } from "./run-escalation-step";
import { backoffSeconds } from "./record-delivery";

const policy = {
  id: "p",
  name: "Default",
  steps: [
    { waitMinutes: 0, target: "TEAM_CHANNEL" as const },
    { waitMinutes: 15, target: "TECHNICAL_OWNER" as const },
    { waitMinutes: 30, target: "TEAM_LEAD" as const },
  ],
  repeatCount: 1,
};

describe("nextStep", () => {
  it("walks the steps, repeats the list repeatCount times, then stops", () => {
    expect(nextStep(policy, 0, 0)).toEqual({ step: 1, round: 0, waitMinutes: 15 });
    expect(nextStep(policy, 1, 0)).toEqual({ step: 2, round: 0, waitMinutes: 30 });
    // A repeat whose first step waits 0 waits as long as the last step did.
    expect(nextStep(policy, 2, 0)).toEqual({ step: 0, round: 1, waitMinutes: 30 });
    expect(nextStep(policy, 2, 1)).toBeNull();
  });
});

describe("backoffSeconds", () => {
  it("grows and is capped", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(backoffSeconds)).toEqual([5, 15, 60, 300, 900, 1800, 1800]);
  });
});
