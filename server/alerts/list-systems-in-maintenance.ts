import "server-only";
import { isMaintenanceOpen } from "@/lib/alerts/maintenance-window";
import { readAlertConfig } from "./read-alert-config";

/**
 * Ids of the systems with a maintenance window open now (for health and the map's "in
 * maintenance"). From this instance's cached windows: one indexed read when nothing changed.
 */
export async function listSystemsInMaintenance({ now = Date.now() }: { now?: number } = {}): Promise<string[]> {
  const { windows } = await readAlertConfig();
  const ids: string[] = [];
  for (const [systemId, list] of windows) if (list.some((w) => isMaintenanceOpen(w.spec, now))) ids.push(systemId);
  return ids.sort();
}
