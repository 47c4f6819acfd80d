// Compares two JSON schemas of one message (a request or response body, a parameter, an
// AsyncAPI payload) for changes that break the other side:
//   "read"  — the API produces it and clients read it: a property removed, a type changed;
//   "write" — clients produce it and the API reads it: a property made required (or a new
//             required one), a type changed.
// Local $refs are followed on each side within its own document. A schema that contains itself
// (a tree, a linked list) is compared once per place on the path: the recursion stops where a pair
// repeats. Results for a pair of schemas are computed once and re-anchored wherever the pair recurs
// (shared components appear under many operations).
import "server-only";
import type { BreakingChangeKind } from "@/lib/contracts/types";
import { asObject, entriesOf, pointerTarget, type JsonObject } from "./json-tools";

export type SchemaMode = "read" | "write";
/** A change relative to the schemas compared: `at` is the property path below them. */
export type SchemaChange = { kind: BreakingChangeKind; at: string[]; before?: string; after?: string };
export type SchemaSide = { doc: unknown; schema: unknown };

/** Deeper than any real payload; a guard for generated documents that nest without $refs. */
const MAX_DEPTH = 64;

type Flat = { type?: string; properties: Map<string, unknown>; required: Set<string>; items?: unknown };

/** Follows $refs (a bounded number of hops) and merges allOf members into one view of the schema. */
function flatten(doc: unknown, schema: unknown, depth = 0): { flat: Flat; identity: unknown } {
  let node = schema;
  for (let hops = 0; hops < 20; hops++) {
    const ref = asObject(node)?.$ref;
    if (typeof ref !== "string") break;
    node = pointerTarget(doc, ref);
  }
  const s = asObject(node) ?? {};
  const flat: Flat = { type: typeOf(s), properties: new Map(entriesOf(s.properties)), required: new Set(strings(s.required)), items: s.items };
  if (depth < 8 && Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      const { flat: p } = flatten(doc, part, depth + 1);
      flat.type ??= p.type;
      flat.items ??= p.items;
      for (const [k, v] of p.properties) if (!flat.properties.has(k)) flat.properties.set(k, v);
      for (const r of p.required) flat.required.add(r);
    }
  }
  return { flat, identity: node };
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** "string", "integer|null" (3.1 type lists and 3.0 nullable alike); undefined when unstated. */
function typeOf(s: JsonObject): string | undefined {
  const types = typeof s.type === "string" ? [s.type] : strings(s.type);
  if (!types.length) return undefined;
  if (s.nullable === true || s["x-nullable"] === true) types.push("null");
  return [...new Set(types)].sort().join("|");
}

type Memo = WeakMap<object, Map<unknown, Map<SchemaMode, SchemaChange[]>>>;

/** What one diff shares across comparisons: results per pair, and a number for each schema object. */
type DiffState = { memo: Memo; idOf: (o: unknown) => number };

function compare(before: SchemaSide, after: SchemaSide, mode: SchemaMode, state: DiffState, path: Set<string>, depth: number): SchemaChange[] {
  const b = flatten(before.doc, before.schema);
  const a = flatten(after.doc, after.schema);
  const bKey = asObject(b.identity);
  const { memo, idOf } = state;
  const cached = bKey && memo.get(bKey)?.get(a.identity)?.get(mode);
  if (cached) return cached;
  const pairKey = `${idOf(b.identity)}:${idOf(a.identity)}`;
  if (depth > MAX_DEPTH || path.has(pairKey)) return []; // a cycle: this pair is already being compared above
  path.add(pairKey);

  const changes: SchemaChange[] = [];
  if (b.flat.type && a.flat.type && b.flat.type !== a.flat.type) {
    changes.push({ kind: "type-changed", at: [], before: b.flat.type, after: a.flat.type });
  } else {
    for (const [name, bProp] of b.flat.properties) {
      const aProp = a.flat.properties.get(name);
      if (aProp === undefined) {
        if (mode === "read") changes.push({ kind: "response-property-removed", at: [name] });
        continue;
      }
      if (mode === "write" && a.flat.required.has(name) && !b.flat.required.has(name)) {
        changes.push({ kind: "property-required", at: [name], before: "optional", after: "required" });
      }
      const nested = compare({ doc: before.doc, schema: bProp }, { doc: after.doc, schema: aProp }, mode, state, path, depth + 1);
      changes.push(...nested.map((c) => ({ ...c, at: [name, ...c.at] })));
    }
    if (mode === "write") {
      for (const name of a.flat.required) {
        if (!b.flat.properties.has(name) && !b.flat.required.has(name)) changes.push({ kind: "property-required", at: [name], before: "absent", after: "required" });
      }
    }
    if (b.flat.items !== undefined && a.flat.items !== undefined) {
      const nested = compare({ doc: before.doc, schema: b.flat.items }, { doc: after.doc, schema: a.flat.items }, mode, state, path, depth + 1);
      changes.push(...nested.map((c) => ({ ...c, at: ["[]", ...c.at] })));
    }
  }
  path.delete(pairKey);
  if (bKey) {
    const byAfter = memo.get(bKey) ?? new Map<unknown, Map<SchemaMode, SchemaChange[]>>();
    memo.set(bKey, byAfter);
    const byMode = byAfter.get(a.identity) ?? new Map<SchemaMode, SchemaChange[]>();
    byAfter.set(a.identity, byMode);
    byMode.set(mode, changes);
  }
  return changes;
}

/** One comparer per diff: its memo is valid for one pair of documents. */
export function createSchemaComparer() {
  const ids = new WeakMap<object, number>();
  let count = 0;
  const idOf = (o: unknown) => {
    const obj = asObject(o);
    if (!obj) return -1;
    if (!ids.has(obj)) ids.set(obj, count++);
    return ids.get(obj)!;
  };
  const state: DiffState = { memo: new WeakMap(), idOf };
  return (before: SchemaSide, after: SchemaSide, mode: SchemaMode) => compare(before, after, mode, state, new Set(), 0);
}

/** "owner.name", "tags[].name": the property path of a change for its location. */
export function propertyPath(at: string[]): string {
  return at.reduce((text, part) => (part === "[]" ? `${text}[]` : text ? `${text}.${part}` : part), "");
}
