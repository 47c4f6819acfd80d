// @ts-check
// The rules Junction's integration standards add to Spectral's own (kebab-case paths, plural
// resources, the shared error schema, a security scheme, TLS servers, operationIds). Plain
// JavaScript: this runs inside the lint worker, which Node loads as it is (no TypeScript loader in
// the lint worker process, whether the server runs from .next or from the esbuild bundle).
// Each rule is given the whole unresolved document ("$", resolved: false) so it sees $refs as
// written and reports them at the line where they are written.
import formats from "@stoplight/spectral-formats";
import { isPlural, lastWord } from "./plural.mjs";

const { oas2, oas3, aas2, aas3 } = formats;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAM = /^\{[^}]+\}$/;
// Protocols that run over TLS; "servers over HTTPS" read for brokers as well as for HTTP APIs.
const SECURE_PROTOCOLS = new Set(["https", "wss", "mqtts", "secure-mqtt", "kafka-secure", "amqps", "stomps"]);

/** @typedef {{ message: string, path: (string | number)[] }} Result */
/** @typedef {Record<string, any>} Json */

const isObject = (/** @type {unknown} */ v) => typeof v === "object" && v !== null && !Array.isArray(v);
const entries = (/** @type {unknown} */ v) => (isObject(v) ? Object.entries(/** @type {Json} */ (v)) : []);

/** @param {Json} doc @returns {Generator<{ path: string, method: string, operation: Json }>} */
function* operations(doc) {
  for (const [path, item] of entries(doc.paths)) {
    for (const method of METHODS) if (isObject(item[method])) yield { path, method, operation: item[method] };
  }
}

/** Follows a local "#/…" reference within the document (once per hop, at most 20 hops). */
function deref(/** @type {Json} */ doc, /** @type {unknown} */ value) {
  for (let hops = 0; hops < 20 && isObject(value) && typeof (/** @type {Json} */ (value)).$ref === "string"; hops++) {
    const ref = /** @type {string} */ ((/** @type {Json} */ (value)).$ref);
    if (!ref.startsWith("#/")) return value;
    /** @type {unknown} */
    let target = doc;
    for (const raw of ref.slice(2).split("/")) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      target = isObject(target) || Array.isArray(target) ? /** @type {Json} */ (target)[key] : undefined;
    }
    value = target;
  }
  return value;
}

/** @param {Json} doc @returns {Result[]} */
function kebabCasePaths(doc) {
  return entries(doc.paths).flatMap(([path]) => {
    const bad = path.split("/").filter((s) => s && !PARAM.test(s) && !KEBAB.test(s));
    return bad.length ? [{ message: `Path "${path}" is not kebab-case: ${bad.map((s) => `"${s}"`).join(", ")}`, path: ["paths", path] }] : [];
  });
}

/** A segment followed by a path parameter names a collection: /pets/{id}, not /pet/{id}. @param {Json} doc @returns {Result[]} */
function pluralResources(doc) {
  return entries(doc.paths).flatMap(([path]) => {
    const segments = path.split("/").filter(Boolean);
    const singular = segments.filter((s, i) => !PARAM.test(s) && PARAM.test(segments[i + 1] ?? "") && !isPlural(lastWord(s)));
    return singular.map((s) => ({ message: `Path "${path}" names the collection "${s}" in the singular: use a plural noun`, path: ["paths", path] }));
  });
}

/** Whether a schema is the shared error schema, or extends it through allOf. */
function usesRef(/** @type {unknown} */ schema, /** @type {(ref: string) => boolean} */ matches) {
  if (!isObject(schema)) return false;
  const s = /** @type {Json} */ (schema);
  if (typeof s.$ref === "string") return matches(s.$ref);
  return Array.isArray(s.allOf) && s.allOf.some((/** @type {unknown} */ part) => isObject(part) && typeof part.$ref === "string" && matches(part.$ref));
}

/** "#/components/schemas/Problem" matches itself; a bare "Problem" matches that schema in components or definitions. */
export function refMatcher(/** @type {string} */ expected) {
  if (expected.includes("/")) return (/** @type {string} */ ref) => ref === expected;
  return (/** @type {string} */ ref) => ref === `#/components/schemas/${expected}` || ref === `#/definitions/${expected}`;
}

/** @param {Json} doc @param {string} expected @returns {Result[]} */
function errorSchema(doc, expected) {
  const matches = refMatcher(expected);
  const swagger = doc.swagger !== undefined;
  /** @type {Result[]} */
  const results = [];
  for (const { path, method, operation } of operations(doc)) {
    for (const [code, raw] of entries(operation.responses)) {
      if (!/^[45](\d\d|XX)$/i.test(code)) continue;
      const at = ["paths", path, method, "responses", code];
      const response = /** @type {Json | undefined} */ (deref(doc, raw));
      const where = `${method.toUpperCase()} ${path} → ${code}`;
      if (swagger) {
        if (!usesRef(response?.schema, matches)) results.push({ message: `${where} does not use the shared error schema ${expected}`, path: at });
        continue;
      }
      const media = entries(response?.content);
      if (!media.length) results.push({ message: `${where} has no body: it should use the shared error schema ${expected}`, path: at });
      for (const [type, content] of media) {
        if (!usesRef(content?.schema, matches)) {
          // At the schema that should be the shared one, unless it sits in a shared response elsewhere.
          const inPlace = [...at, "content", type, ...(content?.schema === undefined ? [] : ["schema"])];
          results.push({ message: `${where} (${type}) does not use the shared error schema ${expected}`, path: isObject(raw) && raw.$ref ? at : inPlace });
        }
      }
    }
  }
  return results;
}

/** @param {Json} doc @returns {Result[]} */
function securityScheme(doc) {
  const declared = doc.swagger !== undefined ? doc.securityDefinitions : doc.components?.securitySchemes;
  if (entries(declared).length) return [];
  return [{ message: "The document declares no security scheme", path: isObject(doc.components) ? ["components"] : [] }];
}

/** The scheme of a server URL, with a templated scheme ("{scheme}://…") taken from its variable's default. */
function urlScheme(/** @type {string} */ url, /** @type {unknown} */ variables) {
  const expanded = url.replace(/\{([^}]+)\}/g, (whole, name) => {
    const v = isObject(variables) ? /** @type {Json} */ (variables)[name] : undefined;
    return typeof v?.default === "string" ? v.default : whole;
  });
  return /^([a-z][a-z0-9+.-]*):\/\//i.exec(expanded)?.[1]?.toLowerCase();
}

/** @param {Json} doc @returns {Result[]} */
function httpsServers(doc) {
  if (doc.swagger !== undefined) {
    return (Array.isArray(doc.schemes) ? doc.schemes : []).flatMap((/** @type {unknown} */ scheme, /** @type {number} */ i) =>
      scheme === "https" || scheme === "wss" ? [] : [{ message: `The API is served over ${String(scheme)}, not HTTPS`, path: ["schemes", i] }],
    );
  }
  if (doc.asyncapi !== undefined) {
    return entries(doc.servers).flatMap(([name, server]) => {
      const protocol = typeof server?.protocol === "string" ? server.protocol.toLowerCase() : "";
      return SECURE_PROTOCOLS.has(protocol) ? [] : [{ message: `Server "${name}" uses ${protocol || "no protocol"}, not a protocol over TLS`, path: ["servers", name, "protocol"] }];
    });
  }
  /** @type {{ servers: unknown, at: (string | number)[] }[]} */
  const lists = [{ servers: doc.servers, at: ["servers"] }];
  for (const [path, item] of entries(doc.paths)) {
    lists.push({ servers: item.servers, at: ["paths", path, "servers"] });
    for (const method of METHODS) if (isObject(item[method])) lists.push({ servers: item[method].servers, at: ["paths", path, method, "servers"] });
  }
  return lists.flatMap(({ servers, at }) =>
    (Array.isArray(servers) ? servers : []).flatMap((server, i) => {
      if (typeof server?.url !== "string") return [];
      const scheme = urlScheme(server.url, server.variables);
      // A relative URL ("/v1") is served from wherever the document is: nothing to judge.
      return scheme === undefined || scheme === "https" ? [] : [{ message: `Server ${server.url} is not served over HTTPS`, path: [...at, i, "url"] }];
    }),
  );
}

/** @param {Json} doc @returns {Result[]} */
function operationIds(doc) {
  const missing = (/** @type {unknown} */ id) => typeof id !== "string" || id.trim() === "";
  if (doc.asyncapi !== undefined) {
    // AsyncAPI 3 names every operation by its key; 2.x has publish/subscribe under each channel.
    return entries(doc.channels).flatMap(([name, channel]) =>
      ["publish", "subscribe"].flatMap((action) =>
        isObject(channel[action]) && missing(channel[action].operationId)
          ? [{ message: `The ${action} operation of channel "${name}" has no operationId`, path: ["channels", name, action] }]
          : [],
      ),
    );
  }
  return [...operations(doc)].flatMap(({ path, method, operation }) =>
    missing(operation.operationId) ? [{ message: `${method.toUpperCase()} ${path} has no operationId`, path: ["paths", path, method] }] : [],
  );
}

/**
 * The Spectral rules for the standards that are on. `options` is the validated ZContractLintOptions
 * (lib/schemas/contract-lint.ts): each present rule is on, with its severity.
 * @param {Json} options
 * @returns {Record<string, import("@stoplight/spectral-core").RuleDefinition>}
 */
export function junctionRules(options) {
  /** @type {[string, string, import("@stoplight/spectral-core").Format[], (doc: Json, o: Json) => Result[]][]} */
  const table = [
    ["kebabCasePaths", "junction-kebab-case-paths", [oas2, oas3], kebabCasePaths],
    ["pluralResources", "junction-plural-resources", [oas2, oas3], pluralResources],
    ["errorSchema", "junction-error-schema", [oas2, oas3], (doc, o) => errorSchema(doc, o.ref)],
    ["securityScheme", "junction-security-scheme", [oas2, oas3, aas2, aas3], securityScheme],
    ["httpsServers", "junction-https-servers", [oas2, oas3, aas2, aas3], httpsServers],
    ["operationIds", "junction-operation-id", [oas2, oas3, aas2], operationIds],
  ];
  /** @type {Record<string, import("@stoplight/spectral-core").RuleDefinition>} */
  const rules = {};
  for (const [key, name, ruleFormats, check] of table) {
    const setting = options[key];
    if (!setting) continue;
    rules[name] = {
      severity: setting.severity,
      formats: ruleFormats,
      given: "$",
      resolved: false,
      then: { function: (/** @type {unknown} */ doc) => (isObject(doc) ? check(/** @type {Json} */ (doc), setting) : []) },
    };
  }
  return rules;
}
