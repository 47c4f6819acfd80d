// Patterns in standards are written by admins and run against every record: a catastrophic
// pattern such as (a+)+$ must not be able to stall the server. RE2JS (a port of RE2) matches in
// time linear in the input, whatever the pattern, and refuses the constructs that need
// backtracking (backreferences, lookahead). The length limits bound the linear factor.
import { RE2JS } from "re2js";

export const MAX_PATTERN_LENGTH = 200;
const MAX_INPUT_LENGTH = 10_000;
const compiled = new Map<string, RE2JS>();

/** Why a pattern is refused ("tooLong", or "unsupported" by RE2), or undefined when it compiles. */
export function patternProblem(pattern: string): "tooLong" | "unsupported" | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return "tooLong";
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch {
    return "unsupported";
  }
}

/** Unanchored search, like RegExp.prototype.test. A pattern that does not compile matches nothing. */
export function safeRegexTest(pattern: string, input: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    if (patternProblem(pattern)) return false;
    re = RE2JS.compile(pattern);
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, re);
  }
  return re.test(input.slice(0, MAX_INPUT_LENGTH));
}
