// Junction's catalogue as Backstage entities. Every entity is named after the ref it was
// imported from (its sourceRef) or, for records made in Junction, after its key; annotations
// carry what Backstage has no field for (kind, layer, style), so an export imports back unchanged.
import { DEFAULT_NAMESPACE, entityNameFor, formatEntityRef, parseEntityRef, type TEntityRef } from "./entity-ref";
import type { TCatalogFiles, TEntityDocument, TExportData, TExportInterface, TExportSystem } from "./export-types";
import { ANNOTATION, API_TYPE_FOR_FORMAT, API_TYPE_FOR_STYLE, LIFECYCLE_OUT, RESOURCE_KINDS, TYPE_FOR_KIND } from "./catalog-vocabulary";
import { entityDocument, groupingEntities, mostCommon } from "./build-grouping-entities";

/** Files for records no team owns and for the System and Domain entities: "_" keeps them apart from team keys. */
export const UNOWNED_FILE = "_unowned";
export const GROUPINGS_FILE = "_groupings";

function refFrom(sourceRef: string | null, kinds: string[], fallback: TEntityRef): TEntityRef {
  const ref = sourceRef ? parseEntityRef(sourceRef.split(/[<>]/)[0], "") : null;
  return ref && kinds.includes(ref.kind) ? ref : fallback;
}

const meta = (ref: TEntityRef, extra: Record<string, unknown>) => ({
  name: ref.name,
  ...(ref.namespace === DEFAULT_NAMESPACE ? {} : { namespace: ref.namespace }),
  ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0))),
});

/** Builds every entity, filed under its team's key (or UNOWNED_FILE / GROUPINGS_FILE). */
export function buildBackstageEntities(data: TExportData): TCatalogFiles {
  const files: TCatalogFiles = new Map();
  const file = (name: string) => files.get(name) ?? files.set(name, []).get(name)!;
  const teamKey = new Map(data.teams.map((t) => [t.id, t.key]));
  const teamRef = new Map(data.teams.map((t) => [t.id, formatEntityRef(refFrom(t.sourceRef, ["group"], { kind: "group", namespace: DEFAULT_NAMESPACE, name: entityNameFor(t.key) }))]));
  const homeOf = (teamId: string | null) => (teamId && teamKey.get(teamId)) ?? UNOWNED_FILE;

  // People: members of a team or owners of something, each filed with their first team.
  const teamsOf = new Map<string, string[]>();
  for (const m of data.members) teamsOf.set(m.userId, [...(teamsOf.get(m.userId) ?? []), m.teamId]);
  const owners = new Set([...data.systems, ...data.interfaces].map((r) => r.technicalOwnerId).filter((id): id is string => id !== null));
  const userRef = new Map<string, string>();
  const usedNames = new Set<string>();
  for (const u of data.users.filter((u) => teamsOf.has(u.id) || owners.has(u.id))) {
    let ref = refFrom(u.sourceRef, ["user"], { kind: "user", namespace: DEFAULT_NAMESPACE, name: entityNameFor(u.email.split("@")[0]) });
    // Two people made in Junction may share the part before the "@": the second gets a suffix.
    for (let n = 2; usedNames.has(formatEntityRef(ref)); n++) ref = { ...ref, name: `${ref.name}-${n}` };
    usedNames.add(formatEntityRef(ref));
    userRef.set(u.id, formatEntityRef(ref));
    const memberOf = (teamsOf.get(u.id) ?? []).map((id) => teamRef.get(id)!).sort();
    const home = (teamsOf.get(u.id) ?? []).map((id) => teamKey.get(id)!).sort()[0] ?? UNOWNED_FILE;
    file(home).push(entityDocument("User", meta(ref, {}), { profile: { displayName: u.name, email: u.email }, memberOf }));
  }

  for (const t of data.teams) {
    const ref = parseEntityRef(teamRef.get(t.id)!, "group")!;
    const children = data.teams.filter((c) => c.parentId === t.id).map((c) => teamRef.get(c.id)!).sort();
    file(t.key).unshift(entityDocument("Group", meta(ref, { description: t.description }), {
      type: "team",
      profile: { displayName: t.name, ...(t.contactEmail ? { email: t.contactEmail } : {}) },
      ...(t.parentId && teamRef.has(t.parentId) ? { parent: teamRef.get(t.parentId) } : {}),
      children,
    }));
  }

  const ownerRef = (r: { teamId: string | null; technicalOwnerId: string | null }) =>
    (r.teamId && teamRef.get(r.teamId)) ?? (r.technicalOwnerId && userRef.get(r.technicalOwnerId)) ?? undefined;
  const groupings = groupingEntities(data.systems, (s) => ownerRef(s));
  const systemRef = new Map<string, TEntityRef>();
  for (const s of data.systems) {
    const kind = RESOURCE_KINDS.has(s.kind) ? "resource" : "component";
    systemRef.set(s.id, refFrom(s.sourceRef, ["component", "resource"], { kind, namespace: DEFAULT_NAMESPACE, name: entityNameFor(s.key) }));
  }
  const relations = systemRelations(data.interfaces, systemRef, file, homeOf, ownerRef, data.systems);
  for (const s of data.systems) {
    const ref = systemRef.get(s.id)!;
    const rel = relations.get(s.id);
    file(homeOf(s.teamId)).push(entityDocument(ref.kind === "resource" ? "Resource" : "Component", meta(ref, {
      title: s.name, description: s.description, tags: s.tags,
      annotations: { [ANNOTATION.kind]: s.kind, [ANNOTATION.layer]: s.layer },
    }), {
      type: TYPE_FOR_KIND[s.kind] ?? "service",
      ...(ref.kind === "component" ? { lifecycle: LIFECYCLE_OUT[s.lifecycle] } : {}),
      ...(ownerRef(s) ? { owner: ownerRef(s) } : {}),
      ...(s.grouping ? { system: groupings.nameOf(s.grouping) } : {}),
      ...(rel?.dependsOn.length ? { dependsOn: rel.dependsOn.sort() } : {}),
      ...(rel?.providesApis.length ? { providesApis: rel.providesApis.sort() } : {}),
      ...(rel?.consumesApis.length ? { consumesApis: rel.consumesApis.sort() } : {}),
    }));
  }
  if (groupings.documents.length > 0) file(GROUPINGS_FILE).push(...groupings.documents);
  return files;
}

type Relations = { dependsOn: string[]; providesApis: string[]; consumesApis: string[] };

/** Interfaces as relations on their systems, and API entities (filed with the provider's team). */
function systemRelations(
  interfaces: TExportInterface[], systemRef: Map<string, TEntityRef>, file: (name: string) => TEntityDocument[],
  homeOf: (teamId: string | null) => string, ownerRef: (r: TExportInterface) => string | undefined, systems: TExportSystem[],
): Map<string, Relations> {
  const relations = new Map<string, Relations>();
  const rel = (id: string) => relations.get(id) ?? relations.set(id, { dependsOn: [], providesApis: [], consumesApis: [] }).get(id)!;
  const teamOfSystem = new Map(systems.map((s) => [s.id, s.teamId]));
  const apis = new Map<string, TExportInterface[]>();
  for (const i of interfaces) {
    const provider = formatEntityRef(systemRef.get(i.providerSystemId)!);
    // An edge imported from dependsOn (sourceRef "<provider>><consumer>") goes back as dependsOn.
    if (i.sourceRef && !i.sourceRef.startsWith("api:") && i.sourceRef.includes(">")) {
      rel(i.consumerSystemId).dependsOn.push(provider);
      continue;
    }
    const api = i.sourceRef?.startsWith("api:") ? i.sourceRef.split(/[<>]/)[0] : `api:default/${entityNameFor(i.key)}`;
    apis.set(api, [...(apis.get(api) ?? []), i]);
    if (!rel(i.providerSystemId).providesApis.includes(api)) rel(i.providerSystemId).providesApis.push(api);
    if (!rel(i.consumerSystemId).consumesApis.includes(api)) rel(i.consumerSystemId).consumesApis.push(api);
  }
  for (const [api, list] of apis) {
    const [first] = list;
    const ref = parseEntityRef(api, "api")!;
    const type = first.contractFormat !== "NONE" ? (API_TYPE_FOR_FORMAT[first.contractFormat] ?? "other") : (API_TYPE_FOR_STYLE[first.style] ?? "other");
    const definition = first.contract ?? (first.contractUrl ? { $text: first.contractUrl } : "");
    file(homeOf(teamOfSystem.get(first.providerSystemId) ?? null)).push(entityDocument("API", meta(ref, {
      title: first.name, description: first.description,
      annotations: {
        [ANNOTATION.style]: first.style, [ANNOTATION.mode]: first.mode,
        // Made in Junction: its key is not derived from a ref, so it travels with the entity.
        ...(first.sourceRef ? {} : { [ANNOTATION.key]: first.key }),
      },
    }), { type, lifecycle: LIFECYCLE_OUT[first.lifecycle], ...(ownerRef(first) ? { owner: ownerRef(first) } : {}), definition }));
  }
  return relations;
}

export { mostCommon };
