// Small fix-ups of zod's JSON Schema output so the document reads well for people and tools.
import type { ZodType } from "zod";
import type { JsonSchema } from "@/lib/openapi/types";

const SAFE_INT = 9007199254740991;

export const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/** A query filter taking "A,B" (see csvEnum in lib/schemas/common.ts): its input side is a bare
 *  string, so name the allowed values in the description or readers could not know them. */
export function annotateCsvEnum({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  const def = (zodSchema as { _zod: { def: { type: string; out?: ZodType } } })._zod.def;
  if (def.type !== "pipe" || !def.out) return;
  const element = (def.out as unknown as { element?: { options?: unknown[] } }).element;
  if (def.out._zod.def.type !== "array" || !Array.isArray(element?.options)) return;
  const hint = `One or more of ${element.options.join(", ")}, comma-separated`;
  jsonSchema.description = jsonSchema.description ? `${jsonSchema.description}. ${hint}` : hint;
}

/** Drops noise zod emits: safe-integer bounds on every int, and the long regex behind a `format`. */
export function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "minimum" && value === -SAFE_INT) continue;
    if (key === "maximum" && value === SAFE_INT) continue;
    if (key === "pattern" && typeof node.format === "string") continue;
    // `properties` maps field names to schemas; a field may itself be called "pattern" or "minimum".
    out[key] = key === "properties" && isObject(value)
      ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, tidy(s)]))
      : tidy(value);
  }
  return out;
}

/** A deep copy of `node` with every `$ref` string looked up in `refs`. */
export function rewriteRefs<T>(node: T, refs: ReadonlyMap<string, string>): T {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, refs)) as T;
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? (refs.get(value) ?? value) : rewriteRefs(value, refs),
    ]),
  ) as T;
}
