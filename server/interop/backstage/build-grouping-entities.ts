// Junction's grouping labels back as Backstage System and Domain entities: a System per grouping
// (its domain the one most of its systems carry), a Domain per domain label. Backstage wants an
// owner on both: the team (or person) owning most of the systems in it.
import { entityNameFor } from "./entity-ref";
import type { TEntityDocument, TExportSystem } from "./export-types";

export const entityDocument = (kind: string, metadata: Record<string, unknown>, spec: Record<string, unknown>): TEntityDocument => ({
  apiVersion: "backstage.io/v1alpha1", kind, metadata, spec,
});

export function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let top = 0;
  for (const [v, n] of counts) {
    if (n > top) {
      best = v;
      top = n;
    }
  }
  return best;
}

/** Entity names for labels; the label itself is the title when the name had to change it. */
function namer() {
  const names = new Map<string, string>();
  const used = new Set<string>();
  return (label: string) => {
    let name = names.get(label);
    if (!name) {
      name = entityNameFor(label);
      for (let n = 2; used.has(name); n++) name = `${entityNameFor(label)}-${n}`;
      used.add(name);
      names.set(label, name);
    }
    return name;
  };
}

export function groupingEntities(systems: TExportSystem[], ownerRef: (s: TExportSystem) => string | undefined) {
  const systemName = namer();
  const domainName = namer();
  const byGrouping = new Map<string, TExportSystem[]>();
  const byDomain = new Map<string, TExportSystem[]>();
  for (const s of systems) {
    if (s.grouping) byGrouping.set(s.grouping, [...(byGrouping.get(s.grouping) ?? []), s]);
    if (s.domain) byDomain.set(s.domain, [...(byDomain.get(s.domain) ?? []), s]);
  }
  const documents: TEntityDocument[] = [];
  const titled = (name: string, label: string) => ({ name, ...(name === label ? {} : { title: label }) });
  for (const [label, members] of [...byDomain].sort(([a], [b]) => a.localeCompare(b))) {
    const owner = mostCommon(members.map(ownerRef).filter((o) => o !== undefined));
    documents.push(entityDocument("Domain", titled(domainName(label), label), owner ? { owner } : {}));
  }
  for (const [label, members] of [...byGrouping].sort(([a], [b]) => a.localeCompare(b))) {
    const owner = mostCommon(members.map(ownerRef).filter((o) => o !== undefined));
    const domain = mostCommon(members.map((s) => s.domain).filter((d): d is string => d !== null));
    documents.push(entityDocument("System", titled(systemName(label), label), {
      ...(owner ? { owner } : {}),
      ...(domain ? { domain: domainName(domain) } : {}),
    }));
  }
  return { documents, nameOf: systemName };
}
