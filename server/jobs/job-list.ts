import "server-only";
import { settleAllCompliance } from "@/server/compliance/settle-compliance";
import { takeComplianceSnapshot } from "@/server/compliance/take-compliance-snapshot";
import { takeInitiativeSnapshot } from "@/server/initiatives/take-initiative-snapshot";
import { maintainHealthStorage } from "@/server/health/maintain-health-storage";
import { rollUpDays } from "@/server/health/roll-up-days";
import { rollUpHours } from "@/server/health/roll-up-hours";
import { settleLapsedHealth } from "@/server/health/settle-lapsed-health";
import { runNotifier } from "@/server/notify/run-notifier";
import { sweepAlerts } from "@/server/alerts/sweep-alerts";

/**
 * A piece of background work: a queue of the same name, filled by a cron schedule (UTC).
 * `runAtStart`: also queued when a runner starts, for work that may have come due while no
 * instance ran (pg-boss does not replay missed cron runs; these jobs catch up from where they were).
 */
export type JobDefinition = { name: string; cron: string; runAtStart?: boolean; run: () => Promise<Record<string, unknown>> };

export const JOBS: JobDefinition[] = [
  {
    // Daily results per standard and team, levels per team, initiatives' progress: the trend and
    // initiative charts read these rows. Trend reads also refresh today's row, so the day a nobody
    // looks at the charts still gets its point from here. Shortly after midnight UTC: the day closed.
    name: "compliance-snapshot",
    cron: "5 0 * * *",
    run: async () => {
      const settled = await settleAllCompliance();
      await takeComplianceSnapshot();
      await takeInitiativeSnapshot();
      return { settled };
    },
  },
  {
    // Raw health samples: partitions for today and the next two days, expired days dropped whole,
    // expired rollups deleted (server/health/maintain-health-storage.ts).
    name: "health-storage",
    cron: "7 * * * *",
    runAtStart: true,
    run: async () => maintainHealthStorage(),
  },
  {
    // Hourly rollups of the closed hours since the last run and the open hour; daily ones from them.
    name: "health-rollup",
    cron: "*/5 * * * *",
    runAtStart: true,
    run: async () => ({ hours: await rollUpHours(), days: await rollUpDays() }),
  },
  {
    // Health states that lapse with time (a silent record turning NO_DATA, a sample leaving its
    // freshness window) change even when nobody reads: reads settle them too, this is for the rest
    // (the map's at-risk set others poll, and the moment a state changed, "since").
    name: "health-sweep",
    cron: "* * * * *",
    run: async () => ({ settled: await settleLapsedHealth({ orphans: true }) }),
  },
  {
    // Notifications: the safety net under the on-demand "notify" queue (server/jobs/on-demand-jobs.ts).
    // At start it fires escalation steps and retries that fell due while no instance ran; every
    // minute it catches a wake-up that was lost (an instance without a runner, a failed send).
    name: "notify-sweep",
    cron: "* * * * *",
    runAtStart: true,
    run: () => runNotifier(),
  },
  // ─── Alerts intake (issue 11) ───
  {
    // Silences that ended and maintenance windows that closed release their still-firing alerts
    // (processed as new: incidents, escalation); flapping alerts that calmed down; the rejected
    // deliveries log trimmed. At start too: a silence may have ended while no instance ran.
    name: "alerts-sweep",
    cron: "* * * * *",
    runAtStart: true,
    run: async () => sweepAlerts(),
  },
];
