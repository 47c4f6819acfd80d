// @ts-check
// Reads a YAML contract for the server's thread (parse-contract-off-thread.ts): js-yaml's load with
// the same options as read-contract-text.ts, off the thread that answers requests. The data goes
// back as JSON text: the server's JSON.parse of it costs a fraction of a structured clone's
// deserialisation. JSON cannot carry what the server's checks refuse (aliases that loop or expand
// without end, Infinity/NaN): such a document comes back as `fallback`, and the server reads it
// itself, so its refusal says exactly what parseContract says.
import { load, YAMLException } from "js-yaml";

/** As check-contract-data.ts: past this many values the document is refused anyway. */
const MAX_VALUES = 3_000_000;

/** The data as JSON, or undefined when JSON would lose or choke on something. */
function toJson(/** @type {unknown} */ data) {
  let values = 0;
  let lossy = false;
  try {
    const json = JSON.stringify(data, (_key, value) => {
      if (++values > MAX_VALUES || (typeof value === "number" && !Number.isFinite(value))) {
        lossy = true;
        throw new Error("lossy");
      }
      return value;
    });
    return lossy ? undefined : json;
  } catch {
    return undefined; // a cycle (TypeError), or what the replacer refused
  }
}

/**
 * @param {string} text
 * @returns {{ json: string } | { fallback: true } | { yamlError: { reason: string, line?: number, column?: number } } | { tooDeep: true }}
 */
export function readYaml(text) {
  let data;
  try {
    data = load(text, { maxDepth: 200 });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      return { yamlError: { reason: error.reason, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}) } };
    }
    // js-yaml runs out of stack on absurd nesting: still the client's input.
    if (error instanceof RangeError) return { tooDeep: true };
    throw error;
  }
  const json = toJson(data);
  return json === undefined ? { fallback: true } : { json };
}
