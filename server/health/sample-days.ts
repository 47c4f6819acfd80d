// The day partitions of HealthSample (one per UTC day, HealthSample_pYYYYMMDD) and the window of
// times a sample may have: no older than the raw retention's first kept day, at most 5 minutes
// ahead. Shared by ingestion, the partition job and retention, so they agree on the boundaries.
import "server-only";

export const DAY_MS = 86_400_000;
export const MAX_AHEAD_MS = 5 * 60_000;

/** "2026-12-04" for a moment (UTC). */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "HealthSample_p20261204". */
export const partitionName = (day: string) => `HealthSample_p${day.replaceAll("-", "")}`;

/** The day of a partition name, or null for any other table. */
export const partitionDay = (name: string) => {
  const m = /^HealthSample_p(\d{4})(\d{2})(\d{2})$/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** The oldest moment a sample may have: midnight UTC of the first kept day. */
export const oldestKept = (now: number, retentionDays: number) => Date.parse(dayOf(now)) - retentionDays * DAY_MS;
