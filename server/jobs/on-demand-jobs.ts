import "server-only";
import { runNotifier } from "@/server/notify/run-notifier";

/**
 * Work queued by server code (sendJob), not by a schedule: a queue of the same name that each
 * runner polls every `pollingIntervalSeconds`. Several jobs may run at once on several instances;
 * their work must be safe to run concurrently (the notifier claims rows with SKIP LOCKED).
 */
export type OnDemandJob = { name: string; pollingIntervalSeconds: number; run: () => Promise<Record<string, unknown>> };

export const ON_DEMAND_JOBS: OnDemandJob[] = [
  {
    // Escalation steps that fell due and outbox rows to deliver. Polled every second, so a step
    // notifies within ~2 s of falling due (pg-boss polls no faster than every 0.5 s).
    name: "notify",
    pollingIntervalSeconds: 1,
    run: () => runNotifier(),
  },
];
