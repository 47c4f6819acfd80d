import "server-only";
import type PgBoss from "pg-boss";

// The job runner's pg-boss client, for server code that queues on-demand work (the notifier).
// Held on globalThis: Next.js may load this module more than once (route bundles, instrumentation).
const holder = globalThis as unknown as { junctionJobQueue?: PgBoss; junctionWorkers?: Map<string, string> };

export function setJobQueue(boss: PgBoss | undefined): void {
  holder.junctionJobQueue = boss;
  holder.junctionWorkers = new Map();
}

/** This instance's worker of a queue: a job queued for now wakes it instead of waiting for its poll. */
export function registerWorker(name: string, workerId: string): void {
  holder.junctionWorkers?.set(name, workerId);
}

export type SendJobOptions = { name: string; startAfter?: Date; singletonKey?: string };

/**
 * Queues a job, or does nothing on an instance without a runner (JUNCTION_JOBS=false, or its
 * database still away): the minute sweeps of the instances that run jobs pick the work up.
 * Never throws: the caller's change has committed already, and the sweep is the safety net.
 */
export async function sendJob({ name, startAfter, singletonKey }: SendJobOptions): Promise<void> {
  const boss = holder.junctionJobQueue;
  if (!boss) return;
  try {
    await boss.send(name, {}, { startAfter, singletonKey, retryLimit: 2, retryDelay: 5, expireInSeconds: 5 * 60 });
    const worker = holder.junctionWorkers?.get(name);
    if (worker && (!startAfter || startAfter.getTime() <= Date.now())) boss.notifyWorker(worker);
  } catch (error) {
    console.error(`[jobs] could not queue ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
