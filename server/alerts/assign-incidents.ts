import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { AlertSeverity } from "@/server/generated/prisma/enums";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { newId } from "@/server/import/new-id";
import { INCIDENT_WINDOW_MINUTES, ROOT_CAUSE_DEPTH } from "@/lib/alerts/alert-rules";
import { absorbSymptoms } from "./absorb-symptoms";
import { pathBack, walkDependencies } from "./walk-dependencies";

export type FiringAlert = { id: string; source: string; title: string; severity: AlertSeverity; systemId: string };
export type OpenedIncident = { id: string; systemId: string; source: string };

export type AssignIncidentsOptions = { tx: Tx; alerts: FiringAlert[]; graph: TopologyGraph; now: Date };

type OpenIncident = { id: string; systemId: string; openedAt: Date };

/**
 * Each firing, mapped, unsuppressed alert without an incident joins one. The root-cause hint
 * first: the nearest provider upstream (within ROOT_CAUSE_DEPTH hops, brokers included) that has
 * an unresolved incident opened within the window, or is DOWN, takes the alert as a probable
 * symptom, with the path provider → … → the alert's system (a DOWN provider without an incident
 * gets one). Else the system's own unresolved incident, else a new one. The caller holds the
 * incident lock, so two instances cannot both open an incident for one system.
 */
export async function assignIncidents({ tx, alerts, graph, now }: AssignIncidentsOptions): Promise<OpenedIncident[]> {
  const windowStart = new Date(now.getTime() - INCIDENT_WINDOW_MINUTES * 60_000);
  const walks = new Map<string, ReturnType<typeof walkDependencies>>();
  const ids = new Set<string>();
  for (const a of alerts) {
    ids.add(a.systemId);
    const index = graph.systemIndex.get(a.systemId);
    if (index === undefined || walks.has(a.systemId)) continue;
    const walk = walkDependencies({ graph, from: index, direction: "upstream", depth: ROOT_CAUSE_DEPTH });
    walks.set(a.systemId, walk);
    for (const r of walk) ids.add(graph.systems[r.index].id);
  }
  const list = [...ids];
  const open = await tx.$queryRaw<OpenIncident[]>(Prisma.sql`
    SELECT DISTINCT ON ("systemId") "id", "systemId", "openedAt" FROM "Incident"
     WHERE "systemId" = ANY(${list}::text[]) AND "state" <> 'RESOLVED' ORDER BY "systemId", "openedAt" DESC`);
  const down = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "subjectId" AS "id" FROM "HealthStatus" WHERE "subjectId" = ANY(${list}::text[]) AND "state" = 'DOWN'`);
  const openBySystem = new Map(open.map((i) => [i.systemId, i]));
  const downSet = new Set(down.map((d) => d.id));

  const opened: (OpenedIncident & { rootOfSymptoms: boolean })[] = [];
  const assignments: { id: string; incidentId: string; symptomPath: string[]; severity: AlertSeverity }[] = [];
  const openFor = async (systemId: string, title: string, severity: AlertSeverity, source: string, root: boolean) => {
    const index = graph.systemIndex.get(systemId);
    const teamId = index === undefined ? null : (graph.systems[index].teamId ?? null);
    const incident = { id: newId(), systemId, openedAt: now };
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt")
      VALUES (${incident.id}, ${systemId}, ${teamId}, ${title.slice(0, 500)}, ${severity}::"AlertSeverity", 'OPEN', ${now})`);
    openBySystem.set(systemId, incident);
    opened.push({ id: incident.id, systemId, source, rootOfSymptoms: root });
    return incident;
  };

  for (const alert of alerts) {
    const walk = walks.get(alert.systemId) ?? [];
    const cause = walk.find((r) => {
      const id = graph.systems[r.index].id;
      const incident = openBySystem.get(id);
      return (incident && incident.openedAt >= windowStart) || downSet.has(id);
    });
    if (cause) {
      const providerId = graph.systems[cause.index].id;
      const path = pathBack(cause, walk, graph.systemIndex.get(alert.systemId)!).map((i) => graph.systems[i].id);
      const provider = graph.systems[cause.index];
      const incident = openBySystem.get(providerId) ?? (await openFor(providerId, `${provider.name}: DOWN`, alert.severity, alert.source, true));
      assignments.push({ id: alert.id, incidentId: incident.id, symptomPath: path, severity: alert.severity });
      continue;
    }
    const own = openBySystem.get(alert.systemId) ?? (await openFor(alert.systemId, alert.title, alert.severity, alert.source, true));
    assignments.push({ id: alert.id, incidentId: own.id, symptomPath: [], severity: alert.severity });
  }

  await tx.$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "incidentId" = x."incidentId", "symptomPath" = ARRAY(SELECT jsonb_array_elements_text(x."symptomPath"))
      FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS x("id" text, "incidentId" text, "symptomPath" jsonb)
     WHERE a."id" = x."id"`);
  // An incident is as severe as its most severe alert (the enum runs CRITICAL … INFO, so LEAST).
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Incident" i SET "severity" = LEAST(i."severity", x."severity")
      FROM (SELECT "incidentId", min("severity"::"AlertSeverity") AS "severity"
              FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS y("incidentId" text, "severity" text) GROUP BY 1) x
     WHERE i."id" = x."incidentId" AND x."severity" < i."severity"`);

  const absorbed = new Set<string>();
  for (const incident of opened) {
    if (absorbed.has(incident.id)) continue;
    for (const id of await absorbSymptoms({ tx, graph, incident, windowStart, now })) absorbed.add(id);
  }
  return opened.filter((o) => !absorbed.has(o.id)).map(({ id, systemId, source }) => ({ id, systemId, source }));
}
