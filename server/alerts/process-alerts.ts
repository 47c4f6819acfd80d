import "server-only";
import type { Tx } from "@/server/db";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { assignIncidents, type FiringAlert } from "./assign-incidents";
import { escalateOpened } from "./escalate-opened";
import { lockSystems } from "./lock-systems";
import { settleIncidents } from "./settle-incidents";

export type ProcessAlertsOptions = { tx: Tx; graph: TopologyGraph; firing: FiringAlert[]; resolvedIncidentIds: string[]; now: Date };

/**
 * After alerts were stored: firing ones join or open incidents (and new incidents escalate or go
 * into a storm summary); incidents whose alerts all resolved resolve. The systems' locks
 * (server/alerts/lock-systems.ts) are taken once, by assignIncidents when there are firing alerts
 * (it knows which systems it will touch only after reading), else here; a repeat of known alerts
 * takes none.
 */
export async function processAlerts({ tx, graph, firing, resolvedIncidentIds, now }: ProcessAlertsOptions): Promise<{ opened: number }> {
  if (!firing.length && !resolvedIncidentIds.length) return { opened: 0 };
  const opened = firing.length
    ? await assignIncidents({ tx, alerts: firing, graph, now, alsoLockIncidents: resolvedIncidentIds })
    : (await lockSystems({ tx, systemIds: [], incidentIds: resolvedIncidentIds }), []);
  await escalateOpened({ tx, opened, now });
  await settleIncidents({ tx, incidentIds: resolvedIncidentIds, now });
  return { opened: opened.length };
}
