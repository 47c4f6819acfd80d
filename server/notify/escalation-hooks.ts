// The seam between alert processing (server/alerts) and notifications (server/notify): processing
// calls these inside the transaction that opened, acknowledged or resolved an incident, so the
// decision and its outbox rows commit together or not at all.
// STUB: the notifications work replaces these bodies (one verb per file once implemented).
import "server-only";
import type { Tx } from "@/server/db";

/** An incident opened (not suppressed, not absorbed by a storm): choose its policy, schedule step 0. */
export async function startEscalation(_tx: Tx, _options: { incidentId: string }): Promise<void> {}

/** Acknowledged or resolved: no further step runs. */
export async function stopEscalation(_tx: Tx, _options: { incidentId: string; reason: "ACKNOWLEDGED" | "RESOLVED" }): Promise<void> {}

/** Resolved: a recovery notice to everyone the incident notified. */
export async function enqueueRecovery(_tx: Tx, _options: { incidentId: string }): Promise<void> {}

/** More than the storm threshold from one source within a minute: one summary instead of one per incident. */
export async function enqueueStormSummary(
  _tx: Tx,
  _options: { source: string; minuteStart: Date; alertCount: number; incidentIds: string[] },
): Promise<void> {}

/** After commit: let the delivery worker look now rather than at its next poll. */
export function wakeNotifier(): void {}
