import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { JOBS } from "./job-list";
import { registerWorker, setJobQueue } from "./job-queue";
import { ON_DEMAND_JOBS } from "./on-demand-jobs";

export type JobRunner = { stop: () => Promise<void> };

const RETRY_START_MS = 30_000;
const ERROR_LOG_EVERY_MS = 60_000;

/**
 * Background work on pg-boss, a job queue in the same PostgreSQL: every app instance starts one
 * runner, and the queue hands each job to exactly one of them (SELECT … FOR UPDATE SKIP LOCKED),
 * while pg-boss's own cron monitor makes one instance enqueue each scheduled run. So two or more
 * instances need no coordination of ours (tests/integration/jobs.test.ts runs two).
 * A database that is away at start is retried every 30 s; its errors while running are logged at
 * most once a minute, never thrown: the API answers 503 meanwhile (server/http/problem.ts).
 */
export function startJobRunner(): JobRunner {
  let boss: PgBoss | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let lastLogged = 0;
  const logError = (error: unknown) => {
    if (Date.now() - lastLogged < ERROR_LOG_EVERY_MS) return;
    lastLogged = Date.now();
    console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`);
  };

  const start = async () => {
    const candidate = new PgBoss({ connectionString: env().DATABASE_URL, max: 2, schema: "pgboss", application_name: `junction-jobs-${process.pid}` });
    candidate.on("error", logError);
    try {
      await candidate.start();
      // Before the workers start: a job's work may queue follow-up jobs.
      setJobQueue(candidate);
      for (const job of JOBS) {
        await candidate.createQueue(job.name, { name: job.name, policy: "singleton", retryLimit: 3, retryDelay: 60, expireInSeconds: 15 * 60 });
        await candidate.schedule(job.name, job.cron, {}, { tz: "UTC" });
        await candidate.work(job.name, { pollingIntervalSeconds: 2 }, async ([first]) => ({ ...(await job.run()), jobId: first?.id }));
        if (job.runAtStart) await candidate.send(job.name, {});
      }
      // Standard queues (no singleton policy): jobs with a due time (startAfter), sent by server code.
      for (const job of ON_DEMAND_JOBS) {
        await candidate.createQueue(job.name, { name: job.name, policy: "standard", retryLimit: 2, retryDelay: 5, expireInSeconds: 5 * 60 });
        const worker = await candidate.work(job.name, { pollingIntervalSeconds: job.pollingIntervalSeconds }, async ([first]) => ({ ...(await job.run()), jobId: first?.id }));
        registerWorker(job.name, worker);
      }
      if (stopped) await candidate.stop({ graceful: false });
      else boss = candidate;
    } catch (error) {
      logError(error);
      setJobQueue(undefined);
      await candidate.stop({ graceful: false }).catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void start(), RETRY_START_MS);
    }
  };
  void start();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      setJobQueue(undefined);
      await boss?.stop({ graceful: true, timeout: 5_000, wait: true });
    },
  };
}
