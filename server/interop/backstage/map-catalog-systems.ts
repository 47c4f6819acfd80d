// Backstage Component and Resource → Junction systems. `spec.owner` names a group (the team) or
// a user (the technical owner); `spec.system` is the grouping label and that System's
// `spec.domain` the domain label. Fields the catalog does not speak of (tier, vendor, runbook…)
// are left out, so a re-import never overwrites what people added in Junction.
import type { TImportSystem } from "@/lib/schemas/interop";
import { LAYERS, LIFECYCLES as LIFECYCLE_VALUES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { formatEntityRef, keyForRef, labelOf, record, refsOf, stringList, text, type TCatalogIndex } from "./catalog-index";
import type { TCatalogEntity } from "./catalog-types";
import { ANNOTATION, LIFECYCLES, SYSTEM_TYPES } from "./catalog-vocabulary";

type Owner = { team?: string | null; technicalOwner?: string | null };

/** `spec.owner` as Junction's owner fields: a group is the team, a user the technical owner. */
export function ownerFields(index: TCatalogIndex, e: TCatalogEntity): Owner {
  const [owner] = refsOf(e, "owner", "group");
  if (!owner) return {};
  if (owner.kind === "group") return { team: keyForRef(owner) };
  if (owner.kind === "user") {
    const email = index.emailOf.get(formatEntityRef(owner));
    return email ? { team: null, technicalOwner: email } : {};
  }
  return {};
}

function enumValue<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  return values.includes(raw as T) ? (raw as T) : undefined;
}

export function mapCatalogSystem(index: TCatalogIndex, e: TCatalogEntity): TImportSystem {
  const annotations = record(e.metadata.annotations);
  const type = text(e.spec.type)?.toLowerCase() ?? "";
  const typed = SYSTEM_TYPES[type] ?? { kind: "OTHER", layer: e.ref.kind === "resource" ? "INFRASTRUCTURE" : "BUSINESS" };
  const [systemRef] = refsOf(e, "system", "system");
  const systemEntity = systemRef ? index.byRef.get(formatEntityRef(systemRef)) : undefined;
  const [domainRef] = systemEntity ? refsOf(systemEntity, "domain", "domain") : [];
  const system: TImportSystem = {
    key: keyForRef(e.ref),
    name: text(e.metadata.title)?.trim() ?? String(e.metadata.name),
    kind: enumValue(SYSTEM_KINDS, annotations[ANNOTATION.kind]) ?? typed.kind,
    layer: enumValue(LAYERS, annotations[ANNOTATION.layer]) ?? typed.layer,
    grouping: systemRef ? labelOf(index, systemRef) : null,
    domain: domainRef ? labelOf(index, domainRef) : null,
    ...ownerFields(index, e),
    sourceRef: e.refText,
    origin: { file: e.file, line: e.line },
  };
  const lifecycle = LIFECYCLES[text(e.spec.lifecycle)?.toLowerCase() ?? ""] ?? enumValue(LIFECYCLE_VALUES, e.spec.lifecycle);
  if (lifecycle) system.lifecycle = lifecycle;
  const description = text(e.metadata.description);
  if (description) system.description = description.trim();
  const tags = stringList(e.metadata.tags);
  if (tags.length > 0) system.tags = tags;
  return system;
}
