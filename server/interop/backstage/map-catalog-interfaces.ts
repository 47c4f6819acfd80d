// Backstage relations → Junction interfaces, each an edge from a provider system to a consumer:
// - an API: one interface per (component providing it, component consuming it), carrying the
//   API's definition as its contract. An API nobody provides or nobody consumes has no edge: it
//   is reported, not imported.
// - `dependsOn` (and `consumesApis` naming a component, which Backstage tolerates): an interface
//   from the depended-on to the dependent, as a call or a database link.
import type { TImportInterface, TImportSystem } from "@/lib/schemas/interop";
import { KEY_PATTERN } from "@/lib/schemas/common";
import { INTERFACE_MODES, INTERFACE_STYLES } from "@/lib/schemas/enums";
import { hasControlCharacters } from "@/lib/schemas/text";
import { fitKey } from "./entity-ref";
import { formatEntityRef, keyForRef, record, refsOf, text, warn, type TCatalogIndex } from "./catalog-index";
import type { TCatalogEntity } from "./catalog-types";
import { ownerFields } from "./map-catalog-systems";
import { ANNOTATION, API_TYPES, LIFECYCLES, OTHER_API } from "./catalog-vocabulary";

const SYSTEM_KINDS = new Set(["component", "resource"]);

function group(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function apiInterfaces(index: TCatalogIndex, api: TCatalogEntity, providers: string[], consumers: string[]): TImportInterface[] {
  if (providers.length === 0 || consumers.length === 0) {
    const missing = providers.length === 0 && consumers.length === 0 ? "no component provides or consumes it"
      : providers.length === 0 ? "no component provides it" : "no component consumes it";
    warn(index, api, null, `Not imported: ${missing}, so it is not an interface between two systems`);
    return [];
  }
  const annotations = record(api.metadata.annotations);
  const typed = API_TYPES[text(api.spec.type)?.toLowerCase() ?? ""] ?? OTHER_API;
  const style = INTERFACE_STYLES.find((s) => s === annotations[ANNOTATION.style]) ?? typed.style;
  const mode = INTERFACE_MODES.find((m) => m === annotations[ANNOTATION.mode]) ?? typed.mode;
  const lifecycle = LIFECYCLES[text(api.spec.lifecycle)?.toLowerCase() ?? ""];
  const description = text(api.metadata.description)?.trim();
  const pairs = providers.flatMap((p) => consumers.filter((c) => c !== p).map((c) => [p, c] as const));
  return pairs.map(([p, c]) => {
    const provider = index.byRef.get(p)!;
    const consumer = index.byRef.get(c)!;
    // One provider is the rule; with several, the provider joins the identity so the edges stay apart.
    const several = providers.length > 1;
    const key = text(annotations[ANNOTATION.key]) && pairs.length === 1 ? String(annotations[ANNOTATION.key])
      : fitKey(`${keyForRef(api.ref)}--${keyForRef(consumer.ref)}${several ? `--${keyForRef(provider.ref)}` : ""}`);
    const row: TImportInterface = {
      key,
      name: text(api.metadata.title)?.trim() ?? String(api.metadata.name),
      style, mode,
      provider: keyForRef(provider.ref),
      consumer: keyForRef(consumer.ref),
      ...ownerFields(index, api),
      sourceRef: `${api.refText}>${c}${several ? `<${p}` : ""}`,
      origin: { file: api.file, line: api.line },
    };
    if (lifecycle) row.lifecycle = lifecycle;
    if (description) row.description = description;
    if (api.definition?.trim()) row.contract = { format: typed.format, text: api.definition };
    if (api.definitionUrl) row.contractUrl = api.definitionUrl;
    return row;
  });
}

/**
 * Dependency edges made here from parts already checked (keys matching the key pattern, refs
 * without control characters): they skip the schema, which for the 19,990 edges of estate-5k
 * cost ~0.3 s. Anything else about them is as the schema would have it.
 */
export const CHECKED_EDGES = new WeakSet<TImportInterface>();

const fits = (text: string, max: number) => text.length <= max && !hasControlCharacters(text);

function dependencyInterface(provider: string, consumer: TCatalogEntity, systems: Map<string, TImportSystem>, index: TCatalogIndex): TImportInterface {
  const providerKey = index.keyOf(provider, () => keyForRef(index.byRef.get(provider)?.ref ?? refOf(provider)));
  const consumerKey = index.keyOf(consumer.refText, () => keyForRef(consumer.ref));
  const kind = systems.get(providerKey)?.kind;
  const [style, mode] = kind === "DATABASE" ? ["DB_LINK", "SYNC"] as const : kind === "MESSAGE_BROKER" ? ["MESSAGE_QUEUE", "ASYNC"] as const : ["REST", "SYNC"] as const;
  const team = systems.get(providerKey)?.team;
  const row: TImportInterface = {
    key: fitKey(`${providerKey}-to-${consumerKey}`),
    name: `${providerKey} → ${consumerKey}`,
    style, mode,
    provider: providerKey,
    consumer: consumerKey,
    // The provider answers for what it offers, as the owner model asks.
    ...(team ? { team } : {}),
    sourceRef: `${provider}>${consumer.refText}`,
    origin: { file: consumer.file, line: consumer.line },
  };
  if (KEY_PATTERN.test(row.key) && KEY_PATTERN.test(providerKey) && KEY_PATTERN.test(consumerKey) && (!team || KEY_PATTERN.test(team))
    && fits(row.sourceRef!, 300) && fits(consumer.file, 300)) CHECKED_EDGES.add(row);
  return row;
}

function refOf(refText: string) {
  const [, namespace = "default", name = refText] = /^[^:]+:([^/]+)\/(.+)$/.exec(refText) ?? [];
  return { namespace, name };
}

export function mapCatalogInterfaces(index: TCatalogIndex, entities: TCatalogEntity[], systems: Map<string, TImportSystem>): TImportInterface[] {
  const providers = new Map<string, string[]>();
  const consumers = new Map<string, string[]>();
  const interfaces: TImportInterface[] = [];
  for (const e of entities) {
    if (!SYSTEM_KINDS.has(e.ref.kind)) continue;
    for (const api of refsOf(e, "providesApis", "api")) {
      if (api.kind === "api") group(providers, formatEntityRef(api), e.refText);
      else warn(index, e, "spec.providesApis", `${formatEntityRef(api)} is not an API: ignored`);
    }
    for (const api of refsOf(e, "consumesApis", "api")) {
      const ref = formatEntityRef(api);
      if (api.kind === "api") group(consumers, ref, e.refText);
      else if (SYSTEM_KINDS.has(api.kind)) {
        warn(index, e, "spec.consumesApis", `${ref} is a ${api.kind}, not an API: imported as a dependency on it`);
        interfaces.push(dependencyInterface(ref, e, systems, index));
      } else warn(index, e, "spec.consumesApis", `${ref} is not an API: ignored`);
    }
    for (const target of refsOf(e, "dependsOn", "component")) {
      const ref = formatEntityRef(target);
      if (SYSTEM_KINDS.has(target.kind)) interfaces.push(dependencyInterface(ref, e, systems, index));
      else warn(index, e, "spec.dependsOn", `${ref} is a ${target.kind}, which Junction does not model as a system: ignored`);
    }
  }
  for (const e of entities) {
    if (e.ref.kind === "api") interfaces.push(...apiInterfaces(index, e, providers.get(e.refText) ?? [], consumers.get(e.refText) ?? []));
  }
  return interfaces;
}
