import "server-only";
import { db } from "@/server/db";
import { getGraph } from "@/server/graph/get-graph";
import { newId } from "@/server/import/new-id";
import { wakeNotifier } from "@/server/notify/escalation-hooks";
import type { FiringAlert } from "./assign-incidents";
import { decideSuppression } from "./decide-suppression";
import { mapToCatalog } from "./map-to-catalog";
import { processAlerts } from "./process-alerts";
import { readAlertConfig } from "./read-alert-config";
import { retryOnConflict } from "./retry-on-conflict";
import { upsertAlerts, type AlertRow, type UpsertedAlert } from "./upsert-alerts";

/** An alert as a sender described it, before mapping and suppression. */
export type IncomingAlert = Omit<AlertRow, "id" | "systemId" | "interfaceId" | "mappingRuleId" | "suppressedBy" | "silenceId">;

export type IngestAlertsOptions = { alerts: IncomingAlert[]; now?: Date };

/**
 * Alerts in, from any sender: mapped to the catalogue and judged against silences and maintenance
 * (both from this instance's cache), deduplicated and judged for flapping in one upsert, then —
 * in the same transaction — incidents joined or opened, incidents resolved. Not audited: what monitors
 * send is telemetry, not a change of the catalogue (people's actions on alerts are audited).
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
  const stored = await retryOnConflict(() =>
    db().$transaction(async (tx) => {
      const up = await upsertAlerts({ tx, rows, now });
      const firing: FiringAlert[] = up
        .filter((u) => u.state !== "RESOLVED" && u.systemId && !u.suppressedBy && !u.incidentId)
        .map((u) => ({ id: u.id, source: u.source, title: u.title, severity: u.severity, systemId: u.systemId! }));
      const resolvedIncidentIds = [...new Set(up.filter((u) => u.state === "RESOLVED" && u.oldState !== "RESOLVED" && u.incidentId).map((u) => u.incidentId!))];
      await processAlerts({ tx, graph, firing, resolvedIncidentIds, now });
      return up;
    }),
  );
  wakeNotifier();
  return stored;
}
