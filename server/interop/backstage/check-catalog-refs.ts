// Dangling references: every relation field of every entity (and any kind-qualified ref in
// another spec field, e.g. an AiResource's `skills`) that names an entity the upload does not
// hold. Reported once here with file and line, so the mapping can stay quiet about them.
import { formatEntityRef, parseEntityRef } from "./entity-ref";
import { stringList, warn, type TCatalogIndex } from "./catalog-index";
import type { TCatalogEntity } from "./catalog-types";

/** Backstage's relation fields and the kind a bare name in them stands for. */
const RELATION_FIELDS: Record<string, string> = {
  owner: "group", memberOf: "group", parent: "group", children: "group", members: "user",
  providesApis: "api", consumesApis: "api", dependsOn: "component", dependencyOf: "component",
  system: "system", domain: "domain", subdomainOf: "domain", subcomponentOf: "component",
};

/** Refs that become Junction keys: the record may already be in Junction from an earlier import. */
const KEYED_KINDS = new Set(["group", "component", "resource"]);

const QUALIFIED = /^[a-z][a-z0-9-]*:[^\s:/]+(\/[^\s:/]+)?$/i;

export function checkCatalogRefs(index: TCatalogIndex, entities: TCatalogEntity[]) {
  const kinds = new Set([...entities.map((e) => e.ref.kind), ...Object.values(RELATION_FIELDS)]);
  for (const e of entities) {
    if (e.ref.kind === "location") continue;
    for (const [field, value] of Object.entries(e.spec)) {
      const defaultKind = RELATION_FIELDS[field];
      for (const raw of stringList(value)) {
        if (!defaultKind && !QUALIFIED.test(raw)) continue;
        const ref = parseEntityRef(raw, defaultKind ?? "", e.ref.namespace);
        if (!ref || (!defaultKind && !kinds.has(ref.kind))) continue;
        const text = formatEntityRef(ref);
        if (index.byRef.has(text)) continue;
        warn(index, e, `spec.${field}`, KEYED_KINDS.has(ref.kind)
          ? `${text} is not in the upload: it must already be in Junction (as ${ref.kind === "group" ? "a team" : "a system"})`
          : `${text} is not in the upload (a dangling reference)`);
      }
    }
  }
}
