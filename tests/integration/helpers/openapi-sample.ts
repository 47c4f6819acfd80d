// Reads the OpenAPI document the way a client would, for the fuzz test: every operation with its
// path and query parameters, and for request bodies a plausible body built from the JSON Schema
// with ONE field made hostile. A plausible rest is what lets the hostile field reach the code that
// would store it; the hostile field makes sure nothing is ever created.

type JsonSchema = {
  $ref?: string; type?: string | string[]; enum?: unknown[]; const?: unknown; format?: string; pattern?: string;
  minLength?: number; minimum?: number; maxItems?: number; minItems?: number;
  properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[];
};
type Parameter = { name: string; in: string; schema?: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };

export type FuzzOperation = {
  method: string;
  /** Template as documented, e.g. /systems/{id} (under /api/v1). */
  path: string;
  pathParams: string[];
  queryParams: string[];
  body?: JsonSchema;
};

export function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      body: op.requestBody?.content?.["application/json"]?.schema,
    })),
  );
}

/** A JSON value the schema accepts (as far as shape goes: references may name nothing). */
export function sampleOf(doc: OpenApiDocument, schema: JsonSchema, depth = 0): unknown {
  if (schema.$ref) return sampleOf(doc, doc.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] ?? {}, depth);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sampleOf(doc, options.find((o) => o.type !== "null") ?? options[0], depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(doc, s, depth)));
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "email") return "fuzz@example.com";
      if (schema.format === "uri") return "https://example.com/fuzz";
      if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
      if (schema.pattern) return "fuzz-sample";
      return "fuzz".padEnd(schema.minLength ?? 0, "z");
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, 1);
    case "boolean":
      return false;
    case "array":
      return schema.maxItems === 0 || depth > 4 ? [] : [sampleOf(doc, schema.items ?? {}, depth + 1)];
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, sampleOf(doc, s, depth + 1)]));
    default:
      return "fuzz";
  }
}

type Leaf = { path: (string | number)[]; value: unknown };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

// Marks a string to be written as raw JSON text, for numbers JSON.stringify cannot write (1e999).
const RAW = "@@raw@@";

function replaced(sample: unknown, path: (string | number)[], value: unknown): string {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let at = copy;
  path.slice(0, -1).forEach((k) => (at = at[k] as Record<string | number, unknown>));
  at[path[path.length - 1]] = value;
  return JSON.stringify(copy).replace(new RegExp(`"${RAW}([^"]*)"`, "g"), "$1");
}

/**
 * The sample with one field at a time made hostile: control characters, wrong types, numbers out
 * of range. Strings always get a NUL; `pick` chooses one more variant per field.
 */
export function hostileFieldBodies(sample: unknown, pick: <T>(items: readonly T[]) => T): Array<{ label: string; text: string }> {
  return leaves(sample).filter((l) => l.path.length > 0).flatMap(({ path, value }) => {
    const at = path.join(".") || "(root)";
    const variants: Array<[string, unknown]> =
      typeof value === "string"
        ? [["NUL", `a\u0000${value}`], ["escape sequence", `\u001b[2J${value}`], ["lone surrogate", `\ud800${value}`], ["object", { $gt: "" }]]
        : typeof value === "number"
          ? [["1e999", `${RAW}1e999`], ["-1e308", -1e308], ["2^64", `${RAW}18446744073709551616`], ["string", "1"]]
          : typeof value === "boolean"
            ? [["string", "true"], ["number", 1]]
            : [];
    const chosen = variants.length ? [variants[0], pick(variants.slice(1))] : [];
    return chosen.map(([label, v]) => ({ label: `${at}: ${label}`, text: replaced(sample, path, v) }));
  });
}
