// Backstage Group → a Junction team: the hierarchy (organization → department → team) through
// `parent` (or the parent's `children`), members from the users' `memberOf` and the group's own
// `members`. Membership is only replaced when the upload says something about people, so an
// upload of groups and components alone leaves the teams' members as they are.
import type { TImportTeam } from "@/lib/schemas/interop";
import { formatEntityRef, keyForRef, record, refsOf, text, type TCatalogIndex } from "./catalog-index";
import type { TCatalogEntity } from "./catalog-types";

export function mapCatalogTeams(index: TCatalogIndex, groups: TCatalogEntity[], users: TCatalogEntity[]): TImportTeam[] {
  const parentOf = new Map<string, string>();
  const membersOf = new Map<string, Set<string>>();
  const addMember = (groupRef: string, userRef: string) => {
    const email = index.emailOf.get(userRef);
    if (!email) return; // a user outside the upload: the dangling-ref check reports it
    if (!membersOf.has(groupRef)) membersOf.set(groupRef, new Set());
    membersOf.get(groupRef)!.add(email);
  };
  for (const g of groups) {
    // A child's own `parent` wins over a parent's `children` list when the two disagree.
    for (const child of refsOf(g, "children", "group")) {
      const ref = formatEntityRef(child);
      if (!parentOf.has(ref)) parentOf.set(ref, g.refText);
    }
    for (const member of refsOf(g, "members", "user")) addMember(g.refText, formatEntityRef(member));
  }
  for (const g of groups) {
    const [parent] = refsOf(g, "parent", "group");
    if (parent) parentOf.set(g.refText, formatEntityRef(parent));
  }
  for (const u of users) for (const group of refsOf(u, "memberOf", "group")) addMember(formatEntityRef(group), u.refText);
  const replaceMembers = users.length > 0;

  return groups.map((g) => {
    const profile = record(g.spec.profile);
    const parent = parentOf.get(g.refText);
    const members = membersOf.get(g.refText) ?? new Set<string>();
    const team: TImportTeam = {
      key: keyForRef(g.ref),
      name: text(profile.displayName)?.trim() ?? text(g.metadata.title)?.trim() ?? String(g.metadata.name),
      parent: parent ? keyForRef(index.byRef.get(parent)?.ref ?? refFromText(parent)) : null,
      sourceRef: g.refText,
      origin: { file: g.file, line: g.line },
    };
    const description = text(g.metadata.description);
    if (description) team.description = description.trim();
    const email = text(profile.email)?.trim().toLowerCase();
    if (email) team.contactEmail = email;
    if (replaceMembers || members.size > 0) team.members = [...members].sort().map((e) => ({ email: e, role: "MEMBER" as const }));
    return team;
  });
}

function refFromText(ref: string) {
  const [, namespace, name] = /^[^:]+:([^/]+)\/(.+)$/.exec(ref) ?? [];
  return { namespace: namespace ?? "default", name: name ?? ref };
}
