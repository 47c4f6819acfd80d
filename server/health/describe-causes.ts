import "server-only";
import { db } from "@/server/db";
import type { THealthCause } from "@/lib/schemas/health-views";
import type { AtRiskSet } from "./get-at-risk-set";

export type DescribeCausesOptions = { set: AtRiskSet };

/** The causes as responses show them (by ordinal), with since when: the graph has names, the database tiers of interfaces and since. */
export async function describeCauses({ set }: DescribeCausesOptions): Promise<(THealthCause & { since: string })[]> {
  const { graph, causes } = set;
  const ids = causes.map((c) => c.id);
  const interfaceIds = causes.filter((c) => c.type === "INTERFACE").map((c) => c.id);
  const [since, tiers] = await Promise.all([
    ids.length ? db().healthStatus.findMany({ where: { subjectId: { in: ids } }, select: { subjectId: true, since: true } }) : [],
    interfaceIds.length ? db().interface.findMany({ where: { id: { in: interfaceIds } }, select: { id: true, tier: true } }) : [],
  ]);
  const sinceOf = new Map(since.map((s) => [s.subjectId, s.since.toISOString()]));
  const tierOf = new Map(tiers.map((t) => [t.id, t.tier]));
  return causes.map((c) => {
    const record = c.type === "SYSTEM" ? graph.systems[c.index] : graph.interfaces[c.index];
    const tier = c.type === "SYSTEM" ? graph.tier[c.index] : (tierOf.get(c.id) ?? 2);
    // A row settled away between the two reads: "since" is at worst a moment early.
    return { type: c.type, id: c.id, key: record.key, name: record.name, tier, state: c.state, since: sinceOf.get(c.id) ?? new Date().toISOString() };
  });
}
