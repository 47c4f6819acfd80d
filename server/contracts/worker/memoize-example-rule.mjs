// @ts-check
// Spectral checks examples against their schemas on the *resolved* document, where a shared
// schema is copied into every place that references it: in the Spotify API (286 KB) the ~240
// examples are checked 3,605 times, each compiling a fresh Ajv validator (~2.6 s of the ~4 s lint).
// The answer depends only on the schema-with-example itself, so it is computed once per distinct
// one per document and re-anchored at each place it appears. Findings are unchanged (a test
// compares the two on the fixtures).

const MEMOIZED_RULES = ["oas3-valid-schema-example", "oas2-valid-schema-example"];

/** @typedef {{ message: string, path?: (string | number)[] }} Result */
/** @typedef {(input: unknown, options: unknown, context: { path: (string | number)[], document: object }) => unknown} RuleFunction */

/** @param {RuleFunction} original @returns {RuleFunction} */
function memoize(original) {
  /** @type {WeakMap<object, Map<string, { message: string, tail: (string | number)[] }[] | undefined>>} */
  const perDocument = new WeakMap();
  return function memoized(input, options, context) {
    let key;
    try {
      key = JSON.stringify(input);
    } catch {
      return original(input, options, context); // a circular schema: let Spectral say what it says
    }
    let memo = perDocument.get(context.document);
    if (!memo) perDocument.set(context.document, (memo = new Map()));
    const at = context.path;
    if (!memo.has(key)) {
      const results = /** @type {Result[] | undefined} */ (original(input, options, context));
      const anchored = (results ?? []).every((r) => r.path && at.every((p, i) => r.path?.[i] === p));
      if (!anchored) return results;
      memo.set(key, results?.map((r) => ({ message: r.message, tail: (r.path ?? []).slice(at.length) })));
    }
    return memo.get(key)?.map((r) => ({ message: r.message, path: [...at, ...r.tail] }));
  };
}

/**
 * The OpenAPI ruleset with its example rules memoized.
 * @template {{ rules: Record<string, any> }} R
 * @param {R} ruleset
 * @returns {R}
 */
export function memoizeExampleRule(ruleset) {
  const rules = { ...ruleset.rules };
  for (const name of MEMOIZED_RULES) {
    const rule = rules[name];
    if (!rule || Array.isArray(rule.then)) continue;
    rules[name] = { ...rule, then: { ...rule.then, function: memoize(rule.then.function) } };
  }
  return { ...ruleset, rules };
}
