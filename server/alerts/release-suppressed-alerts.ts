import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { getGraph } from "@/server/graph/get-graph";
import { wakeNotifier } from "@/server/notify/escalation-hooks";
import type { FiringAlert } from "./assign-incidents";
import { decideSuppression } from "./decide-suppression";
import { processAlerts } from "./process-alerts";
import { readAlertConfig } from "./read-alert-config";

type Suppressed = { id: string; labels: Record<string, string>; systemId: string | null; source: string; title: string; severity: FiringAlert["severity"]; incidentId: string | null };

/**
 * Silences that ended and maintenance windows that closed: their alerts that still fire are
 * processed as if they had just arrived (they join or open incidents and escalate). Run by the
 * minute job on every instance and right after a person ends a silence or a window; the rows are
 * re-checked under lock, so two instances release each alert once.
 */
export async function releaseSuppressedAlerts({ now = new Date() }: { now?: Date } = {}): Promise<{ released: number }> {
  const [config, graph] = await Promise.all([readAlertConfig(), getGraph()]);
  const suppressed = await db().alert.findMany({
    where: { suppressedBy: { not: null }, state: { not: "RESOLVED" } },
    select: { id: true, labels: true, systemId: true, source: true, title: true, severity: true, incidentId: true },
  });
  const free = (suppressed as Suppressed[]).filter((a) => decideSuppression({ config, labels: a.labels, systemId: a.systemId, now: now.getTime() }).suppressedBy === null);
  if (!free.length) return { released: 0 };
  const released = await db().$transaction(async (tx) => {
    const ids = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      UPDATE "Alert" SET "suppressedBy" = NULL, "silenceId" = NULL
       WHERE "id" IN (SELECT "id" FROM "Alert" WHERE "id" = ANY(${free.map((a) => a.id)}::text[])
                         AND "suppressedBy" IS NOT NULL AND "state" <> 'RESOLVED' ORDER BY "id" FOR UPDATE)
      RETURNING "id"`);
    const still = new Set(ids.map((r) => r.id));
    const firing = free
      .filter((a) => still.has(a.id) && a.systemId && !a.incidentId)
      .map((a) => ({ id: a.id, source: a.source, title: a.title, severity: a.severity, systemId: a.systemId! }));
    await processAlerts({ tx, graph, firing, resolvedIncidentIds: [], now });
    return ids.length;
  });
  wakeNotifier();
  return { released };
}
