import "server-only";
import { deliverDueNotifications } from "./deliver-due-notifications";
import { runDueEscalations } from "./run-due-escalations";
import { scheduleNextWake } from "./schedule-next-wake";

/** Rounds of work per job at most: a backlog larger than this continues in the next job. */
const MAX_ROUNDS = 50;

/**
 * The notify job: escalation steps that fell due (they write outbox rows), then the outbox rows
 * due for delivery, until neither has more; then a job at the next due moment. Safe on several
 * instances at once: steps and rows are claimed, never taken by two.
 */
export async function runNotifier(): Promise<Record<string, number>> {
  let steps = 0;
  let claimed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const s = await runDueEscalations();
    const d = await deliverDueNotifications();
    steps += s;
    claimed += d;
    if (s === 0 && d === 0) break;
  }
  await scheduleNextWake();
  return { steps, claimed };
}
