import "server-only";
import type { Tx } from "@/server/db";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { assignIncidents, type FiringAlert } from "./assign-incidents";
import { escalateOpened } from "./escalate-opened";
import { settleIncidents } from "./settle-incidents";

/** One key for every incident decision: which incident is open for a system must be one answer across instances. */
const INCIDENT_LOCK = 7_311_011;

export type ProcessAlertsOptions = { tx: Tx; graph: TopologyGraph; firing: FiringAlert[]; resolvedIncidentIds: string[]; now: Date };

/**
 * After alerts were stored: firing ones join or open incidents (and new incidents escalate or go
 * into a storm summary); incidents whose alerts all resolved resolve. Under one transaction-scoped
 * advisory lock, taken only when there is such work (a repeat of known alerts takes none): two
 * instances deciding at once would otherwise both open an incident for the same system.
 */
export async function processAlerts({ tx, graph, firing, resolvedIncidentIds, now }: ProcessAlertsOptions): Promise<{ opened: number }> {
  if (!firing.length && !resolvedIncidentIds.length) return { opened: 0 };
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INCIDENT_LOCK}::bigint)`;
  const opened = firing.length ? await assignIncidents({ tx, alerts: firing, graph, now }) : [];
  await escalateOpened({ tx, opened, now });
  await settleIncidents({ tx, incidentIds: resolvedIncidentIds, now });
  return { opened: opened.length };
}
