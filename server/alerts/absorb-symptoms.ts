import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { stopEscalation } from "@/server/notify/escalation-hooks";
import { ROOT_CAUSE_DEPTH } from "@/lib/alerts/alert-rules";
import { pathBack, walkDependencies } from "./walk-dependencies";

export type AbsorbSymptomsOptions = { tx: Tx; graph: TopologyGraph; incident: { id: string; systemId: string }; windowStart: Date; now: Date };

/**
 * A provider's incident opened after incidents of its consumers (within the window and
 * ROOT_CAUSE_DEPTH hops downstream): their alerts become this incident's probable symptoms, with
 * the path provider → … → consumer (an alert that already was a symptom of that consumer keeps
 * its path, extended upstream). The emptied consumer incidents are closed as merged: escalation
 * stops; no recovery notice is sent, since nothing recovered (the alerts live on here).
 * Returns the merged incidents' ids.
 */
export async function absorbSymptoms({ tx, graph, incident, windowStart, now }: AbsorbSymptomsOptions): Promise<string[]> {
  const from = graph.systemIndex.get(incident.systemId);
  if (from === undefined) return [];
  const walk = walkDependencies({ graph, from, direction: "downstream", depth: ROOT_CAUSE_DEPTH });
  if (!walk.length) return [];
  const pathTo = new Map(walk.map((r) => [graph.systems[r.index].id, pathBack(r, walk, from).reverse().map((i) => graph.systems[i].id)]));
  const rows = await tx.$queryRaw<{ id: string; systemId: string }[]>(Prisma.sql`
    SELECT "id", "systemId" FROM "Incident"
     WHERE "systemId" = ANY(${[...pathTo.keys()]}::text[]) AND "state" <> 'RESOLVED' AND "openedAt" >= ${windowStart} AND "id" <> ${incident.id}`);
  if (!rows.length) return [];
  const moves = rows.map((r) => ({ from: r.id, path: pathTo.get(r.systemId)! }));
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "incidentId" = ${incident.id},
           "symptomPath" = CASE WHEN cardinality(a."symptomPath") = 0 THEN p."path" ELSE p."path" || a."symptomPath"[2:] END
      FROM (SELECT x."from", ARRAY(SELECT jsonb_array_elements_text(x."path")) AS "path"
              FROM jsonb_to_recordset(${JSON.stringify(moves)}::jsonb) AS x("from" text, "path" jsonb)) p
     WHERE a."incidentId" = p."from"`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Incident" i SET "severity" = LEAST(i."severity", (SELECT min(m."severity") FROM "Incident" m WHERE m."id" = ANY(${rows.map((r) => r.id)}::text[])))
     WHERE i."id" = ${incident.id}`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Incident" SET "state" = 'RESOLVED', "resolvedAt" = ${now}, "version" = "version" + 1 WHERE "id" = ANY(${rows.map((r) => r.id)}::text[])`);
  for (const r of rows) await stopEscalation(tx, { incidentId: r.id, reason: "RESOLVED" });
  return rows.map((r) => r.id);
}
