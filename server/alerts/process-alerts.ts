import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { ROOT_CAUSE_DEPTH } from "@/lib/alerts/alert-rules";
import { assignIncidents, type FiringAlert } from "./assign-incidents";
import { escalateOpened } from "./escalate-opened";
import { settleIncidents } from "./settle-incidents";
import { walkDependencies } from "./walk-dependencies";

export type ProcessAlertsOptions = { tx: Tx; graph: TopologyGraph; firing: FiringAlert[]; resolvedIncidentIds: string[]; now: Date };

/** The systems whose incidents this work may read or change: the alerts' systems and those upstream (root-cause candidates). */
function systemsFor(graph: TopologyGraph, firing: FiringAlert[]): string[] {
  const ids = new Set<string>();
  for (const systemId of new Set(firing.map((a) => a.systemId))) {
    ids.add(systemId);
    const from = graph.systemIndex.get(systemId);
    if (from === undefined) continue;
    for (const r of walkDependencies({ graph, from, direction: "upstream", depth: ROOT_CAUSE_DEPTH })) ids.add(graph.systems[r.index].id);
  }
  return [...ids];
}

/**
 * After alerts were stored: firing ones join or open incidents (and new incidents escalate or go
 * into a storm summary); incidents whose alerts all resolved resolve. Which incident is open for
 * a system must be one answer across instances, so the work first takes a transaction-scoped
 * advisory lock per system it may touch — all at once, in key order, so two webhooks cannot
 * deadlock on them — and only when there is such work (a repeat of known alerts takes none).
 * Webhooks about unrelated parts of the map do not wait for each other.
 */
export async function processAlerts({ tx, graph, firing, resolvedIncidentIds, now }: ProcessAlertsOptions): Promise<{ opened: number }> {
  if (!firing.length && !resolvedIncidentIds.length) return { opened: 0 };
  const systems = systemsFor(graph, firing);
  await tx.$executeRaw(Prisma.sql`
    SELECT pg_advisory_xact_lock(k) FROM (
      SELECT DISTINCT hashtextextended(s, 11) AS k FROM (
        SELECT unnest(${systems}::text[]) AS s
        UNION ALL SELECT "systemId" FROM "Incident" WHERE "id" = ANY(${resolvedIncidentIds}::text[])) ids
      ORDER BY 1) keys`);
  const opened = firing.length ? await assignIncidents({ tx, alerts: firing, graph, now }) : [];
  await escalateOpened({ tx, opened, now });
  await settleIncidents({ tx, incidentIds: resolvedIncidentIds, now });
  return { opened: opened.length };
}
