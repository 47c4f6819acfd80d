// Silence matchers as Alertmanager has them: `=`, `!=`, `=~`, `!~` on a label, regular
// expressions anchored at both ends (a full match), and every matcher must match. Regular
// expressions run on re2js: linear time whatever the pattern, so a silence cannot stall intake.
// A missing label reads as "" (Alertmanager's rule: `foo!=""` means "foo is set").
import { RE2JS } from "re2js";

export type MatchOp = "=" | "!=" | "=~" | "!~";
export type Matcher = { label: string; op: MatchOp; value: string };
export type CompiledMatcher = Matcher & { regex?: RE2JS };

/** Compiles the regular expressions once (a silence is evaluated against every arriving alert). Throws on a bad pattern. */
export function compileMatchers(matchers: Matcher[]): CompiledMatcher[] {
  return matchers.map((m) => (m.op === "=~" || m.op === "!~" ? { ...m, regex: RE2JS.compile(m.value) } : m));
}

/** Whether a pattern compiles (for validation at the API). */
export function isValidPattern(pattern: string): boolean {
  try {
    RE2JS.compile(pattern);
    return true;
  } catch {
    return false;
  }
}

function matchOne(m: CompiledMatcher, labels: Record<string, string>): boolean {
  const value = labels[m.label] ?? "";
  switch (m.op) {
    case "=":
      return value === m.value;
    case "!=":
      return value !== m.value;
    case "=~":
      return (m.regex ?? RE2JS.compile(m.value)).matches(value);
    case "!~":
      return !(m.regex ?? RE2JS.compile(m.value)).matches(value);
  }
}

/** All matchers match (an empty list matches nothing: a silence must say what it silences). */
export function matchesAll(matchers: CompiledMatcher[], labels: Record<string, string>): boolean {
  return matchers.length > 0 && matchers.every((m) => matchOne(m, labels));
}
