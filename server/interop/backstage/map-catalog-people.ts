// Backstage User → a Junction person (a directory entry: viewer, cannot sign in). People are
// matched by email, so two users sharing one (user:default/guest and user:development/guest in
// the example catalog) would become one person: the second keeps its own identity under a
// derived address, `<name>@<namespace>.backstage.local`, as a user with no email does.
import type { TImportPerson } from "@/lib/schemas/interop";
import { DEFAULT_NAMESPACE } from "./entity-ref";
import { record, text, warn, type TCatalogIndex } from "./catalog-index";
import type { TCatalogEntity } from "./catalog-types";

export const derivedEmail = (e: TCatalogEntity) => `${e.ref.name}@${e.ref.namespace}.backstage.local`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function mapCatalogPeople(index: TCatalogIndex, users: TCatalogEntity[]): TImportPerson[] {
  // The default namespace first: it keeps a shared address, the other namespaces derive theirs.
  const ordered = [...users].sort((a, b) => Number(b.ref.namespace === DEFAULT_NAMESPACE) - Number(a.ref.namespace === DEFAULT_NAMESPACE));
  const taken = new Map<string, string>();
  const people: TImportPerson[] = [];
  for (const e of ordered) {
    const profile = record(e.spec.profile);
    const given = text(profile.email)?.trim().toLowerCase();
    let email = given && EMAIL.test(given) ? given : derivedEmail(e);
    if (given && !EMAIL.test(given)) warn(index, e, "spec.profile.email", `${given} is not an email address: imported as ${email}`);
    const owner = taken.get(email);
    if (owner) {
      email = derivedEmail(e);
      warn(index, e, "spec.profile.email", `${given} already belongs to ${owner}: imported as ${email} to keep the two apart`);
    }
    taken.set(email, e.refText);
    index.emailOf.set(e.refText, email);
    const name = text(profile.displayName)?.trim() ?? text(e.metadata.title)?.trim() ?? String(e.metadata.name);
    people.push({ email, name, sourceRef: e.refText, origin: { file: e.file, line: e.line } });
  }
  return people;
}
