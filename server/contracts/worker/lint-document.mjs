// @ts-check
// Lints one contract with Spectral: its recommended OpenAPI and AsyncAPI rules plus the Junction
// rules of the standards that are on. Runs inside the lint worker (lint-worker.mjs); the benchmark
// also calls it on its own thread to show what the worker spares the server.
import spectralCore from "@stoplight/spectral-core";
import parsers from "@stoplight/spectral-parsers";
import refResolver from "@stoplight/spectral-ref-resolver";
import rulesets from "@stoplight/spectral-rulesets";
import { junctionRules } from "./junction-rules.mjs";
import { memoizeExampleRule } from "./memoize-example-rule.mjs";

const { Spectral, Document } = spectralCore;
const { oas, asyncapi } = rulesets;
const SEVERITIES = /** @type {const} */ (["error", "warn", "info", "hint"]);

/**
 * @typedef {{ rule: string, severity: (typeof SEVERITIES)[number], message: string,
 *   path: (string | number)[], line: number, column: number }} Finding
 */

/**
 * A resolver that knows no scheme: a contract's external $ref ("https://…", "../secrets.yaml") is
 * reported as unresolvable instead of making the server fetch a URL or read a file for a client.
 */
const localOnly = new refResolver.Resolver({ resolvers: {} });

/** Rulesets are compiled once per set of options (a few hundred ms each); standards change rarely. */
const cache = new Map();
const CACHE_SIZE = 8;

function spectralFor(/** @type {Record<string, any>} */ options) {
  const key = JSON.stringify(options);
  let spectral = cache.get(key);
  if (spectral) return spectral;
  spectral = new Spectral({ resolver: localOnly });
  const builtIn = options.spectral === false ? [] : [[memoizeExampleRule(oas), "recommended"], [asyncapi, "recommended"]];
  spectral.setRuleset(/** @type {any} */ ({ extends: builtIn, rules: junctionRules(options) }));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
  cache.set(key, spectral);
  return spectral;
}

/** JSON is parsed as JSON (precise messages); everything else as YAML. */
export const looksLikeJson = (/** @type {string} */ text) => /^\s*[{[]/.test(text);

/** Spectral's words for an external $ref our resolver refuses to follow, in a reader's words. */
function messageOf(/** @type {{ code: string | number, message: string, path: readonly (string | number)[] }} */ r, /** @type {unknown} */ data) {
  const external = r.code === "invalid-ref" ? /^No resolver defined for scheme '[^']*' in ref (.*)$/.exec(r.message) : null;
  if (!external) return r.message;
  // Spectral names the ref resolved against the document's name; the reader wrote it as it is in the text.
  /** @type {any} */
  let written = data;
  for (const key of r.path) written = written !== null && typeof written === "object" ? written[key] : undefined;
  return `External reference ${typeof written === "string" ? written : external[1]} is not followed: a contract is linted on its own`;
}

/** Spectral names array items by strings ("0"); findings name them by numbers, as JSON paths do. */
function typedPath(/** @type {unknown} */ data, /** @type {readonly (string | number)[]} */ path) {
  /** @type {any} */
  let node = data;
  return path.map((segment) => {
    const key = Array.isArray(node) && /^\d+$/.test(String(segment)) ? Number(segment) : segment;
    node = node !== null && typeof node === "object" ? node[key] : undefined;
    return key;
  });
}

/**
 * @param {{ text: string, options: Record<string, any> }} input
 * @returns {Promise<Finding[]>}
 */
export async function lintDocument({ text, options }) {
  const spectral = spectralFor(options);
  const json = looksLikeJson(text);
  // Without a source name Spectral cannot map a finding inside a $ref'd schema back to where that
  // schema is written: it would report it once per use, at line 1.
  const document = new Document(text, json ? parsers.Json : parsers.Yaml, json ? "/contract.json" : "/contract.yaml");
  const results = await spectral.run(document);
  return results
    .map((r) => ({
      rule: String(r.code),
      severity: SEVERITIES[r.severity] ?? "hint",
      message: messageOf(r, document.data),
      path: typedPath(document.data, r.path),
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
