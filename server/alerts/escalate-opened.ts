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
  if (!opened.length) return;
  const bySource = groupBy(opened, (o) => o.source);
  const counts = await tx.$queryRaw<{ source: string; count: number }[]>(Prisma.sql`
    SELECT "source", count(*)::int AS "count" FROM "Alert"
     WHERE "source" = ANY(${[...bySource.keys()]}::text[]) AND "firstSeenAt" >= ${minuteStart} GROUP BY 1`);
  const countOf = new Map(counts.map((c) => [c.source, c.count]));
  const storm = [...bySource].filter(([source]) => (countOf.get(source) ?? 0) > limit);
  if (storm.length) {
    const ids = storm.flatMap(([, incidents]) => incidents.map((i) => i.id));
    await tx.$executeRaw(Prisma.sql`UPDATE "Incident" SET "stormSuppressed" = true WHERE "id" = ANY(${ids}::text[])`);
  }
  for (const [source, incidents] of bySource) {
    const count = countOf.get(source) ?? 0;
    if (count > limit) await enqueueStormSummary(tx, { source, minuteStart, alertCount: count, incidentIds: incidents.map((i) => i.id) });
    else for (const { id } of incidents) await startEscalation(tx, { incidentId: id });
  }
}
