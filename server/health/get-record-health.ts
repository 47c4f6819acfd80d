import "server-only";
import { db } from "@/server/db";
import type { TRecordHealth } from "@/lib/schemas/health-views";
import { findInGraph } from "@/server/graph/find-in-graph";
import { freshForMs } from "./decide-health-state";
import { getAtRiskSet } from "./get-at-risk-set";
import { atRiskPath } from "./at-risk-path";
import { describeCauses } from "./describe-causes";

export type GetRecordHealthOptions = { subjectType: "SYSTEM" | "INTERFACE"; idOrKey: string; now?: Date };

/** One record's state with since when, its sources, its latest job run, and what puts it at risk. */
export async function getRecordHealth({ subjectType, idOrKey, now = new Date() }: GetRecordHealthOptions): Promise<TRecordHealth> {
  const set = await getAtRiskSet();
  const { graph, traversal: t } = set;
  const index = findInGraph({ graph, type: subjectType === "SYSTEM" ? "system" : "interface", idOrKey });
  const record = subjectType === "SYSTEM" ? graph.systems[index] : graph.interfaces[index];
  const [status, sources, lastRun, tier] = await Promise.all([
    db().healthStatus.findUnique({ where: { subjectId: record.id } }),
    db().healthCurrent.findMany({ where: { subjectId: record.id }, orderBy: { source: "asc" } }),
    db().jobRun.findFirst({ where: { subjectId: record.id }, orderBy: { startedAt: "desc" } }),
    subjectType === "SYSTEM" ? graph.tier[index] : db().interface.findUnique({ where: { id: record.id }, select: { tier: true } }).then((r) => r?.tier ?? 2),
  ]);

  let atRisk: TRecordHealth["atRisk"] = null;
  const ordinal = subjectType === "SYSTEM"
    ? (t.distance[index] > 0 ? t.cause[index] : -1)
    : (() => { const at = t.edges.indexOf(index); return at >= 0 ? t.edgeCause[at] : -1; })();
  if (ordinal >= 0) {
    const { since: _since, ...cause } = (await describeCauses({ set }))[ordinal];
    if (subjectType === "SYSTEM") {
      atRisk = { distance: t.distance[index], cause, path: atRiskPath({ graph, traversal: t, system: index }) };
    } else {
      // An interface is at risk from where its provider (or broker) is: that system's path.
      const e = graph.interfaces[index];
      const from = t.distance[e.provider] >= 0 && t.cause[e.provider] === ordinal ? e.provider : e.via;
      atRisk = { distance: t.edgeDistance[t.edges.indexOf(index)], cause, path: from >= 0 ? atRiskPath({ graph, traversal: t, system: from }) : [] };
    }
  }
  return {
    subjectType, id: record.id, key: record.key, name: record.name, tier,
    state: status?.state ?? null,
    since: status?.since.toISOString() ?? null,
    lastSampleAt: status?.lastSampleAt?.toISOString() ?? null,
    staleAt: status?.staleAt?.toISOString() ?? null,
    sources: sources.map((s) => ({
      source: s.source, at: s.at.toISOString(), status: s.status, intervalMs: s.intervalMs,
      fresh: s.at.getTime() + freshForMs(s.intervalMs) > now.getTime(),
    })),
    lastRun: lastRun && {
      runId: lastRun.runId, status: lastRun.status, startedAt: lastRun.startedAt.toISOString(),
      endedAt: lastRun.endedAt?.toISOString() ?? null, dataFreshAt: lastRun.dataFreshAt?.toISOString() ?? null,
    },
    atRisk,
  };
}
