// The lookups every part of the mapping shares: entities by ref, and helpers that read a spec's
// fields leniently (a catalog file is hand-written YAML: a string where a list was meant is common).
import type { TImportProblem } from "@/lib/schemas/interop";
import { formatEntityRef, keyForRef, parseEntityRef, type TEntityRef } from "./entity-ref";
import { problem, type TCatalogEntity } from "./catalog-types";

export type TCatalogIndex = {
  byRef: Map<string, TCatalogEntity>;
  /** User ref → the email the person is imported under. */
  emailOf: Map<string, string>;
  warnings: TImportProblem[];
  /** A ref's Junction key, computed once (an estate names each component in several edges). */
  keyOf: (refText: string, compute: () => string) => string;
};

export const KIND_LABEL: Record<string, string> = {
  component: "Component", resource: "Resource", api: "API", group: "Group", user: "User",
  system: "System", domain: "Domain", location: "Location",
};

export const kindLabel = (e: TCatalogEntity) => KIND_LABEL[e.ref.kind] ?? e.ref.kind;

export function buildIndex(entities: TCatalogEntity[]): TCatalogIndex {
  const keys = new Map<string, string>();
  const keyOf = (refText: string, compute: () => string) => {
    let key = keys.get(refText);
    if (key === undefined) keys.set(refText, (key = compute()));
    return key;
  };
  return { byRef: new Map(entities.map((e) => [e.refText, e])), emailOf: new Map(), warnings: [], keyOf };
}

export function warn(index: TCatalogIndex, e: TCatalogEntity, field: string | null, message: string) {
  index.warnings.push(problem({ entity: kindLabel(e), key: e.refText, field, file: e.file, line: e.line, message }));
}

/** A spec field as a list of strings (one string counts as a list of one). */
export function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

export function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The refs a spec field names, parsed with the field's default kind, in the entity's namespace. */
export function refsOf(e: TCatalogEntity, field: string, defaultKind: string): TEntityRef[] {
  return stringList(e.spec[field])
    .map((raw) => parseEntityRef(raw, defaultKind, e.ref.namespace))
    .filter((r): r is TEntityRef => r !== null);
}

export { formatEntityRef, keyForRef };

/** The label of a System or Domain: its title, or its name; a ref outside the upload keeps its name. */
export function labelOf(index: TCatalogIndex, ref: TEntityRef): string {
  const e = index.byRef.get(formatEntityRef(ref));
  return e ? displayName(e) : ref.name;
}

/** Entity names are compared lowercase, but a label shows the name as written. */
export const displayName = (e: TCatalogEntity) => text(e.metadata.title)?.trim() ?? String(e.metadata.name);
