import "server-only";
import { groupBy } from "@/lib/group-by";
import type { Tx } from "@/server/db";
import { enqueueStormSummary, startEscalation } from "@/server/notify/escalation-hooks";
import type { OpenedIncident } from "./assign-incidents";

export type EscalateOpenedOptions = { tx: Tx; opened: OpenedIncident[]; now: Date };

/**
 * New incidents escalate, unless their source is in a storm (decided as they opened: more than
 * ALERT_STORM_PER_MINUTE new alerts from it this minute, Incident.stormSuppressed): those go into
 * the minute's storm summary instead (notify makes it one notification per source and minute).
 */
export async function escalateOpened({ tx, opened, now }: EscalateOpenedOptions): Promise<void> {
  const minuteStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  for (const [source, incidents] of groupBy(opened, (o) => o.source)) {
    const storm = incidents.filter((i) => i.storm);
    if (storm.length) {
      await enqueueStormSummary(tx, { source, minuteStart, alertCount: storm[0].stormCount, incidentIds: storm.map((i) => i.id) });
    }
    for (const { id } of incidents.filter((i) => !i.storm)) await startEscalation(tx, { incidentId: id });
  }
}
