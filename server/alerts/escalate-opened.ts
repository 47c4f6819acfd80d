import "server-only";
import { env } from "@/lib/env";
import { groupBy } from "@/lib/group-by";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { enqueueStormSummary, startEscalation } from "@/server/notify/escalation-hooks";
import type { OpenedIncident } from "./assign-incidents";

export type EscalateOpenedOptions = { tx: Tx; opened: OpenedIncident[]; now: Date };

/**
 * New incidents escalate, unless their source is in a storm: more than ALERT_STORM_PER_MINUTE new
 * alerts from it in this minute. Those incidents are marked `stormSuppressed` and go into the
 * minute's storm summary (notify makes it one notification per source and minute).
 */
export async function escalateOpened({ tx, opened, now }: EscalateOpenedOptions): Promise<void> {
  const limit = env().ALERT_STORM_PER_MINUTE;
  const minuteStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  for (const [source, incidents] of groupBy(opened, (o) => o.source)) {
    const [{ count }] = await tx.$queryRaw<{ count: number }[]>(Prisma.sql`
      SELECT count(*)::int AS "count" FROM "Alert" WHERE "source" = ${source} AND "firstSeenAt" >= ${minuteStart}`);
    const ids = incidents.map((i) => i.id);
    if (count > limit) {
      await tx.$executeRaw(Prisma.sql`UPDATE "Incident" SET "stormSuppressed" = true WHERE "id" = ANY(${ids}::text[])`);
      await enqueueStormSummary(tx, { source, minuteStart, alertCount: count, incidentIds: ids });
    } else {
      for (const incidentId of ids) await startEscalation(tx, { incidentId });
    }
  }
}
