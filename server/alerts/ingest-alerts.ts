import "server-only";
import { getGraph } from "@/server/graph/get-graph";
import { newId } from "@/server/import/new-id";
import { decideSuppression } from "./decide-suppression";
import { mapToCatalog } from "./map-to-catalog";
import { queueAlertProcessing } from "./queue-alert-processing";
import { readAlertConfig } from "./read-alert-config";
import { retryOnConflict } from "./retry-on-conflict";
import { upsertAlerts, type AlertRow, type UpsertedAlert } from "./upsert-alerts";

/** An alert as a sender described it, before mapping and suppression. */
export type IncomingAlert = Omit<AlertRow, "id" | "systemId" | "interfaceId" | "mappingRuleId" | "suppressedBy" | "silenceId">;

export type IngestAlertsOptions = { alerts: IncomingAlert[]; now?: Date };

/**
 * Alerts in, from any sender: mapped to the catalogue and judged against silences and maintenance
 * (both from this instance's cache), then deduplicated and judged for flapping in one statement.
 * That is all a sender waits for. Incidents (joined or opened, escalated, resolved) follow at once
 * in this instance's incident run (queue-alert-processing.ts), with the minute sweep as the net.
 * Not audited: what monitors send is telemetry, not a change of the catalogue (people's actions
 * on alerts are audited).
 */
export async function ingestAlerts({ alerts, now = new Date() }: IngestAlertsOptions): Promise<UpsertedAlert[]> {
  const [config, graph] = await Promise.all([readAlertConfig(), getGraph()]);
  // The same alert twice in one webhook: the later receipt is the one that counts.
  const byKey = new Map(alerts.map((a) => [a.dedupKey, a]));
  const rows: AlertRow[] = [...byKey.values()].map((a) => {
    const target = mapToCatalog({ rules: config.rules, graph, labels: a.labels });
    const suppression = decideSuppression({ config, labels: a.labels, systemId: target.systemId, now: now.getTime() });
    return { ...a, id: newId(), systemId: target.systemId, interfaceId: target.interfaceId, mappingRuleId: target.ruleId, ...suppression };
  });
  const stored = await retryOnConflict(() => upsertAlerts({ rows, now }));
  const alertIds = stored.filter((u) => u.state !== "RESOLVED" && u.systemId && !u.suppressedBy && !u.incidentId).map((u) => u.id);
  const incidentIds = [...new Set(stored.filter((u) => u.state === "RESOLVED" && u.oldState !== "RESOLVED" && u.incidentId).map((u) => u.incidentId!))];
  queueAlertProcessing({ alertIds, incidentIds });
  return stored;
}
