import "server-only";
import { pool } from "@/server/db";
import { DAY_MS, partitionName } from "./sample-days";
import { lockPartitions } from "./partition-lock";

// Days this process knows to have a partition: ingestion asks for each batch's days, and only an
// unknown day costs a round trip. Another instance's retention may drop a day known here; the
// insert then fails with "no partition" and ingestion forgets its days and asks again.
const globalForDays = globalThis as unknown as { junctionSampleDays?: Set<string> };
const knownDays = () => (globalForDays.junctionSampleDays ??= new Set());

export type EnsureSamplePartitionsOptions = {
  /** UTC days, "2026-12-04". */
  days: string[];
  /** Forget what this process knows first (after an insert found a partition missing). */
  recheck?: boolean;
};

/**
 * Creates the day partitions of HealthSample that are missing: CREATE TABLE IF NOT EXISTS …
 * PARTITION OF, under the partitions' advisory lock, so two instances asking for the same day at
 * once create it once. Returns the days it had to ask the database about.
 */
export async function ensureSamplePartitions({ days, recheck = false }: EnsureSamplePartitionsOptions): Promise<string[]> {
  const known = knownDays();
  if (recheck) known.clear();
  const missing = [...new Set(days)].filter((d) => !known.has(d)).sort();
  if (missing.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) throw new Error(`[health] not a day: ${missing.join(", ")}`);
  if (missing.length === 0) return [];
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await lockPartitions(client);
    for (const day of missing) {
      const next = new Date(Date.parse(day) + DAY_MS).toISOString().slice(0, 10);
      // Names and bounds come from dayOf() (digits and hyphens only), never from a client.
      await client.query(
        `CREATE TABLE IF NOT EXISTS "${partitionName(day)}" PARTITION OF "HealthSample" FOR VALUES FROM ('${day}') TO ('${next}')`,
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  for (const day of missing) known.add(day);
  return missing;
}
