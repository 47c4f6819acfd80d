// Flattens a JSON Schema from the OpenAPI document into what a reader needs per field: type,
// required, nullable, allowed values, limits, description, and the fields nested inside.
import type { JsonSchema } from "@/lib/openapi/types";

export type Shape = {
  type: string;
  nullable: boolean;
  description?: string;
  enumValues?: string[];
  /** Limits and defaults, e.g. "max 200 chars", "default 50". */
  notes: string[];
  fields: Field[];
  /** Alternatives of an anyOf/oneOf with more than one non-null member. */
  variants: Shape[];
};
export type Field = { name: string; required: boolean; shape: Shape };
export type Components = Record<string, JsonSchema>;

// Deep enough for every schema we have; it only stops a $ref cycle from recursing forever.
const MAX_DEPTH = 8;

const text = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as JsonSchema[]) : undefined);
const blank = (type: string): Shape => ({ type, nullable: false, notes: [], fields: [], variants: [] });

function range(min: number | undefined, max: number | undefined, unit = "") {
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`;
  if (max !== undefined) return `max ${max}${unit}`;
  if (min !== undefined && min > 0) return `min ${min}${unit}`;
  return undefined;
}

function notesOf(s: JsonSchema): string[] {
  const notes = [
    range(num(s.minLength), num(s.maxLength), " chars"),
    range(num(s.minimum), num(s.maximum)),
    range(num(s.minItems), num(s.maxItems), " items"),
    text(s.pattern) && `pattern ${s.pattern}`,
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : undefined,
  ];
  return notes.filter((n): n is string => Boolean(n));
}

export function describeSchema(schema: JsonSchema, components: Components, seen: string[] = []): Shape {
  const description = text(schema.description);
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop() ?? schema.$ref;
    const target = components[name];
    if (!target || seen.includes(name) || seen.length >= MAX_DEPTH) return { ...blank(name), description };
    const inner = describeSchema(target, components, [...seen, name]);
    return { ...inner, type: inner.type === "object" ? name : inner.type, description: description ?? inner.description };
  }
  const alternatives = list(schema.anyOf) ?? list(schema.oneOf);
  if (alternatives) {
    const present = alternatives.filter((s) => s.type !== "null");
    const base = present.length === 1
      ? describeSchema(present[0]!, components, seen)
      : { ...blank(present.length ? "one of" : "null"), variants: present.map((s) => describeSchema(s, components, seen)) };
    const nullable = base.nullable || present.length < alternatives.length;
    return { ...base, nullable, description: description ?? base.description, notes: [...base.notes, ...notesOf(schema)] };
  }
  const parts = list(schema.allOf);
  if (parts) {
    const merged = parts.map((s) => describeSchema(s, components, seen));
    return { ...blank(merged.map((m) => m.type).join(" & ")), description, fields: merged.flatMap((m) => m.fields) };
  }
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t): t is string => typeof t === "string");
  const nullable = types.includes("null");
  const type = types.filter((t) => t !== "null").join(" | ") || "any";
  if (type === "array") {
    const item = describeSchema((schema.items as JsonSchema | undefined) ?? {}, components, seen);
    return { ...item, type: `${item.type}[]`, nullable, description: description ?? item.description, notes: notesOf(schema) };
  }
  const enumValues = list(schema.enum)?.map(String) ?? (schema.const !== undefined ? [String(schema.const)] : undefined);
  const required = new Set((list(schema.required) ?? []) as unknown as string[]);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  return {
    type: text(schema.format) ? `${type} (${schema.format})` : type,
    nullable,
    description,
    enumValues,
    notes: notesOf(schema),
    fields: properties.map(([name, s]) => ({ name, required: required.has(name), shape: describeSchema(s, components, seen) })),
    variants: [],
  };
}
