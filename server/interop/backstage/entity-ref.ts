// Backstage entity references ("[kind:][namespace/]name") and the Junction keys made from them.
// Backstage compares refs case-insensitively, so a ref is kept lowercase once parsed; the sourceRef
// a record remembers is that canonical form, "component:default/petstore".
import { createHash } from "node:crypto";

export type TEntityRef = { kind: string; namespace: string; name: string };

export const DEFAULT_NAMESPACE = "default";

/** Parses a ref written in a spec field, filling in the kind the field implies when it is bare. */
export function parseEntityRef(text: string, defaultKind: string, defaultNamespace = DEFAULT_NAMESPACE): TEntityRef | null {
  const match = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/.exec(text.trim());
  if (!match) return null;
  return {
    kind: (match[1] ?? defaultKind).toLowerCase(),
    namespace: (match[2] ?? defaultNamespace).toLowerCase(),
    name: match[3].toLowerCase(),
  };
}

export const formatEntityRef = (ref: TEntityRef) => `${ref.kind}:${ref.namespace}/${ref.name}`;

const KEY_MAX = 63;

/** Lowercase letters, digits and single hyphens: what a Junction key may hold. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * A Junction key for an entity: its name in the default namespace, `<namespace>--<name>` in any
 * other (a double hyphen cannot come out of slug(), so the two never collide). Characters a key
 * may not hold become hyphens; a key longer than 63 characters keeps its head and a hash of the whole.
 */
export function keyForRef(ref: Pick<TEntityRef, "namespace" | "name">): string {
  const name = slug(ref.name) || "x";
  const base = ref.namespace === DEFAULT_NAMESPACE ? name : `${slug(ref.namespace) || "x"}--${name}`;
  return fitKey(base.length >= 2 ? base : `${base}-0`);
}

/** Keeps a composed key within the limit: the head plus a short hash of the whole. */
export function fitKey(key: string): string {
  if (key.length <= KEY_MAX) return key;
  const hash = createHash("sha1").update(key).digest("hex").slice(0, 8);
  return `${key.slice(0, KEY_MAX - 9).replace(/-+$/, "")}-${hash}`;
}

/** A Backstage-valid entity name for a Junction key or label (the reverse of keyForRef's slug). */
export function entityNameFor(text: string): string {
  return slug(text).slice(0, 63).replace(/-+$/, "") || "unnamed";
}
