// The seam between alert processing (server/alerts) and notifications (server/notify): processing
// calls these inside the transaction that opened, acknowledged or resolved an incident, so the
// decision and its outbox rows commit together or not at all. Each lives in its own module.
import "server-only";

/** An incident opened (not suppressed, not absorbed by a storm): choose its policy, schedule step 0. */
export { startEscalation } from "./start-escalation";

/** Acknowledged or resolved: no further step runs. */
export { stopEscalation } from "./stop-escalation";

/** Resolved: a recovery notice to everyone the incident notified. */
export { enqueueRecovery } from "./enqueue-recovery";

/** More than the storm threshold from one source within a minute: one summary instead of one per incident. */
export { enqueueStormSummary } from "./enqueue-storm-summary";

/** After commit: let the delivery worker look now rather than at its next poll. */
export { wakeNotifier } from "./wake-notifier";
