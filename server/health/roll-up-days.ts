import "server-only";
import { db } from "@/server/db";

const DAY_MS = 86_400_000;

export type RollUpDaysOptions = { now?: Date };

/**
 * Daily rollups from the hourly ones: from the day before the watermark (its last hours may have
 * been rewritten since) to today, today included. Counts add up; maxima and minima combine;
 * averages are weighted by each hour's sample count (an hour's average is over its samples that
 * carry the metric, so this is exact when a source always sends the same metrics). Rewritten
 * whole like the hours: repeating a run changes nothing.
 */
export async function rollUpDays({ now = new Date() }: RollUpDaysOptions = {}): Promise<{ from: Date; buckets: number }> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const mark = await db().healthRollupWatermark.findUnique({ where: { grain: "DAY" } });
  const first = mark
    ? new Date(mark.rolledUntil.getTime() - DAY_MS)
    : ((await db().healthRollup.findFirst({ where: { grain: "HOUR" }, orderBy: { bucket: "asc" }, select: { bucket: true } }))?.bucket ?? new Date(today));
  const from = new Date(Math.floor(first.getTime() / DAY_MS) * DAY_MS);
  const weighted = (column: string) => `sum("${column}" * "samples") FILTER (WHERE "${column}" IS NOT NULL) / nullif(sum("samples") FILTER (WHERE "${column}" IS NOT NULL), 0)`;
  const buckets = await db().$executeRawUnsafe(`
    INSERT INTO "HealthRollup" ("subjectId", "grain", "bucket", "subjectType", "samples", "up", "degraded", "down",
      "latencyP95Avg", "latencyP95Max", "latencyP99Max", "errorRateAvg", "throughputAvg", "backlogMax",
      "lagMessagesMax", "lagSecondsMax", "deadLetteredMax", "consumersMin")
    SELECT "subjectId", 'DAY', date_trunc('day', "bucket"), min("subjectType"::text)::"SubjectType", sum("samples")::int,
           sum("up")::int, sum("degraded")::int, sum("down")::int,
           ${weighted("latencyP95Avg")}, max("latencyP95Max"), max("latencyP99Max"), ${weighted("errorRateAvg")},
           ${weighted("throughputAvg")}, max("backlogMax"), max("lagMessagesMax"), max("lagSecondsMax"),
           max("deadLetteredMax"), min("consumersMin")
      FROM "HealthRollup" WHERE "grain" = 'HOUR' AND "bucket" >= $1
     GROUP BY "subjectId", date_trunc('day', "bucket")
    ON CONFLICT ("subjectId", "grain", "bucket") DO UPDATE SET
      "samples" = EXCLUDED."samples", "up" = EXCLUDED."up", "degraded" = EXCLUDED."degraded", "down" = EXCLUDED."down",
      "latencyP95Avg" = EXCLUDED."latencyP95Avg", "latencyP95Max" = EXCLUDED."latencyP95Max",
      "latencyP99Max" = EXCLUDED."latencyP99Max", "errorRateAvg" = EXCLUDED."errorRateAvg",
      "throughputAvg" = EXCLUDED."throughputAvg", "backlogMax" = EXCLUDED."backlogMax",
      "lagMessagesMax" = EXCLUDED."lagMessagesMax", "lagSecondsMax" = EXCLUDED."lagSecondsMax",
      "deadLetteredMax" = EXCLUDED."deadLetteredMax", "consumersMin" = EXCLUDED."consumersMin"`, from);
  const rolledUntil = new Date(today);
  await db().healthRollupWatermark.upsert({ where: { grain: "DAY" }, create: { grain: "DAY", rolledUntil }, update: { rolledUntil } });
  return { from, buckets };
}
