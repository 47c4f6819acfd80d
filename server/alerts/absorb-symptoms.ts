import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { stopEscalation } from "@/server/notify/escalation-hooks";
import { ROOT_CAUSE_DEPTH } from "@/lib/alerts/alert-rules";
import { pathBack, walkDependencies } from "./walk-dependencies";

export type AbsorbSymptomsOptions = {
  tx: Tx;
  graph: TopologyGraph;
  incidents: { id: string; systemId: string }[];
  /** Unresolved incidents opened within the window downstream of the alerts' systems, as read before the lock. */
  consumers: { id: string; systemId: string }[];
  now: Date;
};

/**
 * Incidents just opened whose systems are providers of incidents opened earlier within the window
 * (ROOT_CAUSE_DEPTH hops downstream; read with the alerts, so an incident opened for a DOWN
 * provider takes in only those within reach of the alerts' own systems): those consumers' alerts become the provider incident's
 * probable symptoms, with the path provider → … → consumer (an alert that already was a symptom
 * keeps its path, extended upstream). The emptied consumer incidents are closed as merged:
 * escalation stops; no recovery notice is sent, since nothing recovered (the alerts live on in
 * the provider's incident). Returns the ids of incidents merged away.
 */
export async function absorbSymptoms({ tx, graph, incidents, consumers, now }: AbsorbSymptomsOptions): Promise<Set<string>> {
  // Downstream system → the nearest new provider incident; its path is read back only where used.
  const reach = new Map<string, { incidentId: string; distance: number; path: () => string[] }>();
  for (const incident of incidents) {
    const from = graph.systemIndex.get(incident.systemId);
    if (from === undefined) continue;
    const walk = walkDependencies({ graph, from, direction: "downstream", depth: ROOT_CAUSE_DEPTH });
    for (const r of walk) {
      const id = graph.systems[r.index].id;
      const seen = reach.get(id);
      if (seen && seen.distance <= r.distance) continue;
      reach.set(id, { incidentId: incident.id, distance: r.distance, path: () => pathBack(r, walk, from).reverse().map((i) => graph.systems[i].id) });
    }
  }
  if (!reach.size) return new Set();
  const rows = consumers.filter((c) => reach.has(c.systemId));
  // A new incident downstream of another new one (same webhook) is merged too — unless its target
  // is merged itself (a chain or a cycle in the map): then it stays, rather than chase the chain.
  const fresh = incidents.flatMap((incident) => {
    const r = reach.get(incident.systemId);
    return r && r.incidentId !== incident.id ? [{ from: incident.id, to: r.incidentId, path: r.path() }] : [];
  });
  const freshFrom = new Set(fresh.map((m) => m.from));
  const kept = fresh.filter((m) => !freshFrom.has(m.to));
  const gone = new Set(kept.map((m) => m.from));
  const merged = [
    ...kept,
    ...rows.flatMap((r) => {
      const to = reach.get(r.systemId)!;
      return gone.has(to.incidentId) ? [] : [{ from: r.id, to: to.incidentId, path: to.path() }];
    }),
  ];
  if (!merged.length) return new Set();
  const fromIds = merged.map((m) => m.from);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "incidentId" = p."to",
           "symptomPath" = CASE WHEN cardinality(a."symptomPath") = 0 THEN p."path" ELSE p."path" || a."symptomPath"[2:] END
      FROM (SELECT x."from", x."to", ARRAY(SELECT jsonb_array_elements_text(x."path")) AS "path"
              FROM jsonb_to_recordset(${JSON.stringify(merged)}::jsonb) AS x("from" text, "to" text, "path" jsonb)) p
     WHERE a."incidentId" = p."from"`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Incident" i SET "severity" = m."severity"
      FROM (SELECT x."to", min(f."severity") AS "severity" FROM jsonb_to_recordset(${JSON.stringify(merged)}::jsonb) AS x("from" text, "to" text)
              JOIN "Incident" f ON f."id" = x."from" GROUP BY 1) m
     WHERE i."id" = m."to" AND m."severity" < i."severity"`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Incident" SET "state" = 'RESOLVED', "resolvedAt" = ${now}, "version" = "version" + 1 WHERE "id" = ANY(${fromIds}::text[])`);
  for (const id of fromIds) await stopEscalation(tx, { incidentId: id, reason: "RESOLVED" });
  return new Set(fromIds);
}
