import "server-only";
import { processPendingAlerts, type PendingWork } from "./process-pending-alerts";

// This instance's work waiting for its next run. In memory on purpose: losing it (a crash) loses
// nothing, since the minute sweep finds whatever was stored and not processed (find-pending-alerts.ts).
type Queue = { alertIds: Set<string>; incidentIds: Set<string>; running: Promise<void> | null };
const holder = globalThis as unknown as { junctionAlertQueue?: Queue };
const queue = (): Queue => (holder.junctionAlertQueue ??= { alertIds: new Set(), incidentIds: new Set(), running: null });

async function drain(q: Queue): Promise<void> {
  while (q.alertIds.size || q.incidentIds.size) {
    const work = { alertIds: [...q.alertIds], incidentIds: [...q.incidentIds] };
    q.alertIds.clear();
    q.incidentIds.clear();
    await processPendingAlerts(work).catch((error) => console.error("[alerts] processing failed; the minute sweep retries", error));
  }
}

/**
 * Hands stored alerts to incident processing and returns at once: a webhook is answered as soon
 * as its alerts are stored. One run at a time per instance takes everything queued meanwhile, so
 * at 100 webhooks a second the incident work is a few transactions, not a hundred contending for
 * the same systems' locks.
 */
export function queueAlertProcessing(work: PendingWork): void {
  const q = queue();
  for (const id of work.alertIds) q.alertIds.add(id);
  for (const id of work.incidentIds) q.incidentIds.add(id);
  q.running ??= start(q);
}

function start(q: Queue): Promise<void> {
  // setImmediate: webhooks that arrive together (same tick of I/O) share the first run.
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => drain(q))
    .finally(() => {
      q.running = null;
      // Work queued between the last check and now must not wait for the sweep.
      if (q.alertIds.size || q.incidentIds.size) q.running = start(q);
    });
}
