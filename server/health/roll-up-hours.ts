import "server-only";
import { db } from "@/server/db";
import { env } from "@/lib/env";
import { oldestKept } from "./sample-days";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Closed hours rolled up again on every run, for samples that arrive late (a retrying sender). */
export const ROLLUP_LOOKBACK_MS = 2 * HOUR_MS;

export type RollUpHoursOptions = { now?: Date };

/**
 * Hourly rollups of the raw samples: every hour from the watermark (less the lookback) to now,
 * the open hour included (refreshed on each run), a day's worth per statement. Each bucket is
 * rewritten whole from its samples (ON CONFLICT DO UPDATE), so a run repeated, or two at once,
 * leaves the same rows. The watermark moves to the start of the open hour: hours that closed
 * while no instance ran are rolled up by the next run.
 */
export async function rollUpHours({ now = new Date() }: RollUpHoursOptions = {}): Promise<{ from: Date; to: Date; buckets: number }> {
  const openHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const mark = await db().healthRollupWatermark.findUnique({ where: { grain: "HOUR" } });
  const floor = oldestKept(now.getTime(), env().HEALTH_RAW_RETENTION_DAYS);
  const from = Math.max(floor, (mark ? mark.rolledUntil.getTime() : floor) - ROLLUP_LOOKBACK_MS);
  const end = openHour + HOUR_MS;
  let buckets = 0;
  for (let start = from; start < end; start += DAY_MS) {
    const stop = new Date(Math.min(start + DAY_MS, end));
    buckets += await db().$executeRaw`
      INSERT INTO "HealthRollup" ("subjectId", "grain", "bucket", "subjectType", "samples", "up", "degraded", "down",
        "latencyP95Avg", "latencyP95Max", "latencyP99Max", "errorRateAvg", "throughputAvg", "backlogMax",
        "lagMessagesMax", "lagSecondsMax", "deadLetteredMax", "consumersMin")
      SELECT "subjectId", 'HOUR', date_trunc('hour', "at"), min("subjectType"::text)::"SubjectType", count(*)::int,
             (count(*) FILTER (WHERE "status" = 'UP'))::int, (count(*) FILTER (WHERE "status" = 'DEGRADED'))::int,
             (count(*) FILTER (WHERE "status" = 'DOWN'))::int,
             avg("latencyP95Ms"), max("latencyP95Ms"), max("latencyP99Ms"), avg("errorRate"), avg("throughput"),
             max("backlog"), max("lagMessages"), max("lagSeconds"), max("deadLettered"), min("consumers")
        FROM "HealthSample" WHERE "at" >= ${new Date(start)} AND "at" < ${stop}
       GROUP BY "subjectId", date_trunc('hour', "at")
      ON CONFLICT ("subjectId", "grain", "bucket") DO UPDATE SET
        "samples" = EXCLUDED."samples", "up" = EXCLUDED."up", "degraded" = EXCLUDED."degraded", "down" = EXCLUDED."down",
        "latencyP95Avg" = EXCLUDED."latencyP95Avg", "latencyP95Max" = EXCLUDED."latencyP95Max",
        "latencyP99Max" = EXCLUDED."latencyP99Max", "errorRateAvg" = EXCLUDED."errorRateAvg",
        "throughputAvg" = EXCLUDED."throughputAvg", "backlogMax" = EXCLUDED."backlogMax",
        "lagMessagesMax" = EXCLUDED."lagMessagesMax", "lagSecondsMax" = EXCLUDED."lagSecondsMax",
        "deadLetteredMax" = EXCLUDED."deadLetteredMax", "consumersMin" = EXCLUDED."consumersMin"`;
  }
  const rolledUntil = new Date(openHour);
  await db().healthRollupWatermark.upsert({ where: { grain: "HOUR" }, create: { grain: "HOUR", rolledUntil }, update: { rolledUntil } });
  return { from: new Date(from), to: new Date(end), buckets };
}
