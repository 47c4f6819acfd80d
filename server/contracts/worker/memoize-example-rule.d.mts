// Types for memoize-example-rule.mjs.
export function memoizeExampleRule<R extends { rules: Record<string, unknown> }>(ruleset: R): R;
