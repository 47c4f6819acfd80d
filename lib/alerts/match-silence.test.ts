import { describe, expect, it } from "vitest";
import { compileMatchers, isValidPattern, matchesAll } from "./match-silence";

const labels = { alertname: "HighErrorRate", service: "api", env: "prod" };
const m = (label: string, op: "=" | "!=" | "=~" | "!~", value: string) => compileMatchers([{ label, op, value }]);

describe("silence matchers", () => {
  it("= and != compare whole values; a missing label reads as empty", () => {
    expect(matchesAll(m("service", "=", "api"), labels)).toBe(true);
    expect(matchesAll(m("service", "=", "ap"), labels)).toBe(false);
    expect(matchesAll(m("service", "!=", "web"), labels)).toBe(true);
    expect(matchesAll(m("team", "=", ""), labels)).toBe(true);
    expect(matchesAll(m("team", "!=", ""), labels)).toBe(false);
  });

  it("=~ and !~ are anchored at both ends, like Alertmanager", () => {
    expect(matchesAll(m("alertname", "=~", "High.*"), labels)).toBe(true);
    expect(matchesAll(m("alertname", "=~", "Error"), labels)).toBe(false);
    expect(matchesAll(m("env", "=~", "prod|staging"), labels)).toBe(true);
    expect(matchesAll(m("env", "!~", "prod|staging"), labels)).toBe(false);
    expect(matchesAll(m("env", "!~", "dev"), labels)).toBe(true);
  });

  it("needs every matcher, and at least one", () => {
    expect(matchesAll(compileMatchers([{ label: "service", op: "=", value: "api" }, { label: "env", op: "=", value: "dev" }]), labels)).toBe(false);
    expect(matchesAll([], labels)).toBe(false);
  });

  it("runs a pattern that backtracking engines take exponential time on, in linear time", () => {
    const evil = compileMatchers([{ label: "x", op: "=~", value: "(a+)+$" }]);
    expect(matchesAll(evil, { x: `${"a".repeat(5000)}!` })).toBe(false);
    expect(isValidPattern("(unclosed")).toBe(false);
  });
});
