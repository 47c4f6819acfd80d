// Patterns in standards are written by admins and run against every record: a catastrophic
// pattern such as (a+)+$ must not be able to stall the server. RE2JS (a port of RE2) matches in
// time linear in the input, whatever the pattern, and refuses the constructs that need
// backtracking (backreferences, lookahead). The length limits bound the linear factor.
import { RE2JS } from "re2js";

export const MAX_PATTERN_LENGTH = 200;
const MAX_INPUT_LENGTH = 10_000;
const compiled = new Map<string, RE2JS>();

/** The reason a pattern is refused, or undefined when it compiles. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return `not a supported regular expression (RE2 syntax): ${(error as Error).message}`.slice(0, 300);
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
