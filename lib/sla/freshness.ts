// How long a job's data stayed fresh enough over a window, from its successful runs. Pure, so the
// report and its tests share it.

export type FreshRun = { endedAt: number; freshAt: number };
export type Freshness = { measuredMs: number; staleMs: number };

/**
 * Each successful run, once ended, makes the data current as of `freshAt` (its dataFreshAt, else
 * its start). At any moment the data is as old as the latest ended run says; it is stale when
 * older than the objective. Time before the first known run is not measured (nothing to judge).
 * `runs` must be sorted by endedAt and may include the last run before the window.
 */
export function measureFreshness(runs: readonly FreshRun[], from: number, to: number, objectiveMs: number): Freshness {
  let measuredMs = 0;
  let staleMs = 0;
  // Later runs may carry older data (a backfill): the freshest so far is what users read.
  let freshAt = -Infinity;
  for (let i = 0; i < runs.length; i++) {
    freshAt = Math.max(freshAt, runs[i].freshAt);
    const start = Math.max(runs[i].endedAt, from);
    const end = Math.min(i + 1 < runs.length ? runs[i + 1].endedAt : to, to);
    if (end <= start) continue;
    measuredMs += end - start;
    staleMs += Math.max(0, end - Math.max(start, freshAt + objectiveMs));
  }
  return { measuredMs, staleMs };
}

/** The window of a UTC month, cut at `now` for the month under way. */
export function monthWindow(month: string, now: Date): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number);
  const from = new Date(Date.UTC(y, m - 1, 1));
  const end = new Date(Date.UTC(y, m, 1));
  return { from, to: end.getTime() > now.getTime() ? now : end };
}
