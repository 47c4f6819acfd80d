import { describe, expect, it } from "vitest";
import { OPERATORS, OPERATORS_BY_TYPE, testCondition } from "./operators";
import { patternProblem, safeRegexTest } from "./safe-regex";

describe("testCondition: every operator on every type it fits", () => {
  it("eq / neq compare exactly, and a missing value is never equal", () => {
    expect(testCondition("REST", "eq", "REST")).toBe(true);
    expect(testCondition("REST", "eq", "rest")).toBe(false);
    expect(testCondition(2, "eq", 2)).toBe(true);
    expect(testCondition(true, "eq", true)).toBe(true);
    expect(testCondition(null, "eq", true)).toBe(false);
    expect(testCondition("REST", "neq", "GRPC")).toBe(true);
    expect(testCondition(null, "neq", true)).toBe(true);
    expect(testCondition(false, "neq", false)).toBe(false);
  });
  it("lt / gt / lte / gte order numbers; a missing number satisfies none", () => {
    expect(testCondition(1, "lt", 2)).toBe(true);
    expect(testCondition(2, "lt", 2)).toBe(false);
    expect(testCondition(3, "gt", 2)).toBe(true);
    expect(testCondition(2, "gt", 2)).toBe(false);
    expect(testCondition(2, "lte", 2)).toBe(true);
    expect(testCondition(3, "lte", 2)).toBe(false);
    expect(testCondition(2, "gte", 2)).toBe(true);
    expect(testCondition(1, "gte", 2)).toBe(false);
    for (const op of ["lt", "gt", "lte", "gte"] as const) expect(testCondition(null, op, 1)).toBe(false);
  });
  it("in / not_in: a scalar among the values; a list with some / none of them", () => {
    expect(testCondition("OAUTH2", "in", ["OAUTH2", "MTLS"])).toBe(true);
    expect(testCondition("NONE", "in", ["OAUTH2", "MTLS"])).toBe(false);
    expect(testCondition(0, "in", [0, 1])).toBe(true);
    expect(testCondition("NONE", "not_in", ["OAUTH2"])).toBe(true);
    expect(testCondition("OAUTH2", "not_in", ["OAUTH2"])).toBe(false);
    expect(testCondition(["pci", "gdpr"], "in", ["gdpr"])).toBe(true);
    expect(testCondition(["pci"], "in", ["gdpr"])).toBe(false);
    expect(testCondition(["pci"], "not_in", ["gdpr"])).toBe(true);
    expect(testCondition(["gdpr"], "not_in", ["gdpr"])).toBe(false);
    expect(testCondition(null, "in", ["a"])).toBe(false);
    expect(testCondition(null, "not_in", ["a"])).toBe(true);
  });
  it("contains: a substring of text, an element of a list", () => {
    expect(testCondition("order-service", "contains", "order")).toBe(true);
    expect(testCondition("order-service", "contains", "billing")).toBe(false);
    expect(testCondition(["pci", "gdpr"], "contains", "pci")).toBe(true);
    expect(testCondition(["pci-dss"], "contains", "pci")).toBe(false);
    expect(testCondition(null, "contains", "x")).toBe(false);
  });
  it("empty / not_empty: null, empty text and empty lists are empty; false is a value", () => {
    for (const v of [null, undefined, "", []]) {
      expect(testCondition(v as never, "empty", undefined)).toBe(true);
      expect(testCondition(v as never, "not_empty", undefined)).toBe(false);
    }
    for (const v of ["x", 0, false, ["a"]]) {
      expect(testCondition(v as never, "empty", undefined)).toBe(false);
      expect(testCondition(v as never, "not_empty", undefined)).toBe(true);
    }
  });
  it("starts_with / ends_with on text only", () => {
    expect(testCondition("/api/orders", "starts_with", "/api/")).toBe(true);
    expect(testCondition("/v1/orders", "starts_with", "/api/")).toBe(false);
    expect(testCondition("orders.dlq", "ends_with", ".dlq")).toBe(true);
    expect(testCondition("orders", "ends_with", ".dlq")).toBe(false);
    expect(testCondition(null, "ends_with", ".dlq")).toBe(false);
  });
  it("matches: an unanchored RE2 search", () => {
    expect(testCondition("order-service", "matches", "^[a-z]+(-[a-z]+)*$")).toBe(true);
    expect(testCondition("Order_Service", "matches", "^[a-z]+(-[a-z]+)*$")).toBe(false);
    expect(testCondition("https://grafana.example.com/d/1", "matches", "^https://")).toBe(true);
    expect(testCondition(null, "matches", ".*")).toBe(false);
  });
  it("every operator is offered for some field type", () => {
    const offered = new Set(Object.values(OPERATORS_BY_TYPE).flat());
    expect([...offered].sort()).toEqual([...OPERATORS].sort());
  });
});

describe("safe regular expressions", () => {
  it("a catastrophic pattern runs in linear time instead of backtracking", () => {
    // With RegExp, (a+)+$ on 30 a's and a "!" takes seconds (2^30 paths); RE2 answers at once.
    // No timing is asserted: reaching the line at all is the evidence; the answer is checked.
    expect(safeRegexTest("(a+)+$", `${"a".repeat(30)}!`)).toBe(false);
    expect(safeRegexTest("(a+)+$", "aaaa")).toBe(true);
  });
  it("refuses backreferences, lookahead and patterns over 200 characters", () => {
    expect(patternProblem("(a)\\1")).toBe("unsupported");
    expect(patternProblem("a(?=b)")).toBe("unsupported");
    expect(patternProblem("a".repeat(201))).toBe("tooLong");
    expect(patternProblem("^[a-z-]+$")).toBeUndefined();
  });
  it("a refused pattern matches nothing", () => {
    expect(safeRegexTest("(a)\\1", "aa")).toBe(false);
  });
});
