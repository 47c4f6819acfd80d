import "server-only";
import type { HealthState, SignalStatus } from "@/server/generated/prisma/enums";

/**
 * The health model's rules, as one pure function of the inputs and a clock (unit-tested in
 * decide-health-state.test.ts):
 * - Each source's latest sample counts while fresh: for max(FRESH_FLOOR, 2 × its usual interval)
 *   after it was taken. Two missed samples are a late sender, not yet a verdict; the floor keeps
 *   a fast sender (every 10 s) from flapping on one slow scrape.
 * - The record's state is the worst of the fresh sources' statuses and of its latest finished job
 *   run (FAILED → DOWN; data older than the interface's freshness objective → DEGRADED). A sample
 *   with no status (metrics only) says the record reports, not how it is: UP unless another says worse.
 * - With no fresh source, a record that reported is NO_DATA once every source has been quiet for
 *   max(QUIET_FLOOR, 3 × its usual interval) — the silent failure the issue asks to surface. Before
 *   that (late, not quiet) the latest sample's status stands.
 * - staleAt: the next moment the answer changes by itself if nothing new arrives.
 */
export const FRESH_FLOOR_MS = 15 * 60_000;
export const QUIET_FLOOR_MS = 15 * 60_000;
/** When a source has no usual interval yet (one sample so far): assume a minute. */
export const DEFAULT_INTERVAL_MS = 60_000;

export type SourceInput = { at: Date; status: SignalStatus | null; intervalMs: number | null };
export type JobRunInput = { status: "SUCCEEDED" | "FAILED"; dataFreshAt: Date | null };

export type DecideHealthStateOptions = {
  sources: SourceInput[];
  /** The latest finished run (a RUNNING one says nothing yet), or null. */
  lastRun: JobRunInput | null;
  /** Interface.sloFreshnessMinutes, for jobs. */
  freshnessObjectiveMinutes: number | null;
  now: Date;
};

export type HealthDecision = { state: HealthState; staleAt: Date | null; lastSampleAt: Date | null };

const RANK: Record<HealthState, number> = { NO_DATA: 0, UP: 1, DEGRADED: 2, DOWN: 3 };
const worse = (a: HealthState, b: HealthState) => (RANK[b] > RANK[a] ? b : a);

export const freshForMs = (intervalMs: number | null) => Math.max(FRESH_FLOOR_MS, 2 * (intervalMs ?? DEFAULT_INTERVAL_MS));
export const quietAfterMs = (intervalMs: number | null) => Math.max(QUIET_FLOOR_MS, 3 * (intervalMs ?? DEFAULT_INTERVAL_MS));

export function decideHealthState({ sources, lastRun, freshnessObjectiveMinutes, now }: DecideHealthStateOptions): HealthDecision | null {
  const t = now.getTime();
  let staleAt = Infinity;
  const lapseAt = (moment: number) => {
    if (moment > t && moment < staleAt) staleAt = moment;
  };

  let fromSamples: HealthState | null = null;
  let latest: SourceInput | null = null;
  let quietUntil = -Infinity;
  for (const source of sources) {
    const at = source.at.getTime();
    if (!latest || at > latest.at.getTime()) latest = source;
    quietUntil = Math.max(quietUntil, at + quietAfterMs(source.intervalMs));
    const freshUntil = at + freshForMs(source.intervalMs);
    if (freshUntil > t) {
      fromSamples = worse(fromSamples ?? "NO_DATA", source.status ?? "UP");
      lapseAt(freshUntil);
    }
  }
  if (fromSamples === null && latest) {
    if (quietUntil > t) {
      fromSamples = latest.status ?? "UP";
      lapseAt(quietUntil);
    } else {
      fromSamples = "NO_DATA";
    }
  }

  let fromRun: HealthState | null = null;
  if (lastRun) {
    fromRun = lastRun.status === "FAILED" ? "DOWN" : "UP";
    if (fromRun === "UP" && freshnessObjectiveMinutes !== null && lastRun.dataFreshAt) {
      const breachAt = lastRun.dataFreshAt.getTime() + freshnessObjectiveMinutes * 60_000;
      if (breachAt <= t) fromRun = "DEGRADED";
      else lapseAt(breachAt);
    }
  }

  if (fromSamples === null && fromRun === null) return null; // never reported: unknown, no row
  // A job's verdict stands however quiet its samples went: the run is newer news than silence.
  const state = fromRun === null ? fromSamples! : fromSamples === null || fromSamples === "NO_DATA" ? fromRun : worse(fromSamples, fromRun);
  return {
    state,
    staleAt: Number.isFinite(staleAt) ? new Date(staleAt) : null,
    lastSampleAt: latest ? latest.at : null,
  };
}
