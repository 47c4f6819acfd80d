import "server-only";
import { env } from "@/lib/env";
import { db, pool } from "@/server/db";
import { ensureSamplePartitions } from "./ensure-sample-partitions";
import { lockPartitions } from "./partition-lock";
import { DAY_MS, dayOf, oldestKept, partitionDay, partitionName } from "./sample-days";

/** Partitions made ahead of time, so ingestion at midnight does not wait for DDL. */
export const DAYS_AHEAD = 2;
const RATE_WINDOWS_KEPT_MS = 3_600_000;

export type MaintainHealthStorageOptions = { now?: Date };

/**
 * The storage job: day partitions for today and the next two days; expired raw samples dropped a
 * whole day partition at a time (DROP TABLE: no row is deleted, no vacuum debt), under the same
 * advisory lock as creation; expired hourly and daily rollups deleted (rows of a small table); old
 * rate-limit windows pruned. Running it again, or on two instances, finds nothing left to do.
 */
export async function maintainHealthStorage({ now = new Date() }: MaintainHealthStorageOptions = {}) {
  const today = Date.parse(dayOf(now.getTime()));
  const ahead = Array.from({ length: DAYS_AHEAD + 1 }, (_, i) => dayOf(today + i * DAY_MS));
  const created = await ensureSamplePartitions({ days: ahead, recheck: true });

  const firstKept = dayOf(oldestKept(now.getTime(), env().HEALTH_RAW_RETENTION_DAYS));
  const dropped: string[] = [];
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await lockPartitions(client);
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS "name" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"HealthSample"'::regclass`,
    );
    for (const { name } of rows) {
      const day = partitionDay(name);
      if (!day || day >= firstKept) continue;
      await client.query(`DROP TABLE "${partitionName(day)}"`);
      dropped.push(day);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  if (dropped.length) await ensureSamplePartitions({ days: [], recheck: true });

  const hourlyBefore = new Date(now.getTime() - env().HEALTH_HOURLY_RETENTION_DAYS * DAY_MS);
  const dailyBefore = new Date(now.getTime() - env().HEALTH_DAILY_RETENTION_DAYS * DAY_MS);
  const [hourly, daily, windows] = await db().$transaction([
    db().healthRollup.deleteMany({ where: { grain: "HOUR", bucket: { lt: hourlyBefore } } }),
    db().healthRollup.deleteMany({ where: { grain: "DAY", bucket: { lt: dailyBefore } } }),
    db().ingestRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - RATE_WINDOWS_KEPT_MS) } } }),
  ]);
  return { created, dropped: dropped.sort(), hourlyDeleted: hourly.count, dailyDeleted: daily.count, rateWindowsDeleted: windows.count };
}
