// Small helpers for walking parsed contracts, which are untyped JSON.
import "server-only";

export type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export const asObject = (v: unknown): JsonObject | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;

export const entriesOf = (v: unknown): [string, unknown][] => Object.entries(asObject(v) ?? {});

/** The value a local JSON pointer ("#/components/schemas/Pet") names, or undefined. */
export function pointerTarget(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let target: unknown = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    let key: string;
    try {
      key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    } catch {
      return undefined; // a malformed %-escape names nothing
    }
    if (Array.isArray(target)) target = target[Number(key)];
    else target = asObject(target) && Object.hasOwn(target as JsonObject, key) ? (target as JsonObject)[key] : undefined;
  }
  return target;
}

/** Follows local $refs (a few hops at most, so a ref loop ends); external refs stay as they are. */
export function resolveLocal(doc: unknown, value: unknown): unknown {
  for (let hops = 0; hops < 20; hops++) {
    const ref = asObject(value)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#")) return value;
    value = pointerTarget(doc, ref);
  }
  return undefined;
}
