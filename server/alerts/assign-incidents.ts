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

type Known = { id: string; systemId: string; openedAt: Date | null; down: boolean };
type NewIncident = { id: string; systemId: string; teamId: string | null; title: string; severity: AlertSeverity; source: string };

// The enum's order: CRITICAL is the most severe.
const RANK: Record<AlertSeverity, number> = { CRITICAL: 0, MAJOR: 1, MINOR: 2, WARNING: 3, INFO: 4 };

/**
 * Each firing, mapped, unsuppressed alert without an incident joins one. The root-cause hint
 * first: the nearest provider upstream (within ROOT_CAUSE_DEPTH hops, brokers included) that has
 * an unresolved incident opened within the window, or is DOWN, takes the alert as a probable
 * symptom, with the path provider → … → the alert's system (a DOWN provider without an incident
 * gets one). Else the system's own unresolved incident, else a new one. The caller holds the
 * systems' locks (server/alerts/process-alerts.ts). A handful of statements whatever the count.
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
  // Per system: its latest unresolved incident, and whether it is DOWN (one statement).
  const known = await tx.$queryRaw<Known[]>(Prisma.sql`
    SELECT s."id" AS "systemId", i."id", i."openedAt", (h."state" IS NOT NULL) AS "down"
      FROM unnest(${[...ids]}::text[]) AS s("id")
      LEFT JOIN LATERAL (SELECT "id", "openedAt" FROM "Incident" WHERE "systemId" = s."id" AND "state" <> 'RESOLVED' ORDER BY "openedAt" DESC LIMIT 1) i ON true
      LEFT JOIN "HealthStatus" h ON h."subjectId" = s."id" AND h."state" = 'DOWN'
     WHERE i."id" IS NOT NULL OR h."state" IS NOT NULL`);
  const open = new Map(known.filter((k) => k.id).map((k) => [k.systemId, { id: k.id, openedAt: k.openedAt! }]));
  const down = new Set(known.filter((k) => k.down).map((k) => k.systemId));

  const created = new Map<string, NewIncident>();
  const openFor = (systemId: string, title: string, severity: AlertSeverity, source: string) => {
    const index = graph.systemIndex.get(systemId);
    const incident = { id: newId(), systemId, teamId: index === undefined ? null : graph.systems[index].teamId, title: title.slice(0, 500), severity, source };
    created.set(incident.id, incident);
    open.set(systemId, { id: incident.id, openedAt: now });
    return incident.id;
  };
  const assignments: { id: string; incidentId: string; symptomPath: string[]; severity: AlertSeverity }[] = [];
  for (const alert of alerts) {
    const walk = walks.get(alert.systemId) ?? [];
    const cause = walk.find((r) => {
      const id = graph.systems[r.index].id;
      const incident = open.get(id);
      return (incident && incident.openedAt >= windowStart) || down.has(id);
    });
    let incidentId: string;
    let symptomPath: string[] = [];
    if (cause) {
      const provider = graph.systems[cause.index];
      symptomPath = pathBack(cause, walk, graph.systemIndex.get(alert.systemId)!).map((i) => graph.systems[i].id);
      incidentId = open.get(provider.id)?.id ?? openFor(provider.id, `${provider.name}: DOWN`, alert.severity, alert.source);
    } else {
      incidentId = open.get(alert.systemId)?.id ?? openFor(alert.systemId, alert.title, alert.severity, alert.source);
    }
    const fresh = created.get(incidentId);
    if (fresh && RANK[alert.severity] < RANK[fresh.severity]) fresh.severity = alert.severity;
    assignments.push({ id: alert.id, incidentId, symptomPath, severity: alert.severity });
  }

  if (created.size) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt")
      SELECT x."id", x."systemId", x."teamId", x."title", x."severity"::"AlertSeverity", 'OPEN', ${now}
        FROM jsonb_to_recordset(${JSON.stringify([...created.values()])}::jsonb) AS x("id" text, "systemId" text, "teamId" text, "title" text, "severity" text)`);
  }
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Alert" a SET "incidentId" = x."incidentId", "symptomPath" = ARRAY(SELECT jsonb_array_elements_text(x."symptomPath"))
      FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS x("id" text, "incidentId" text, "symptomPath" jsonb)
     WHERE a."id" = x."id"`);
  // An incident already open is as severe as its most severe alert (the enum runs CRITICAL … INFO, so LEAST).
  const joined = assignments.filter((a) => !created.has(a.incidentId));
  if (joined.length) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Incident" i SET "severity" = x."severity"
        FROM (SELECT "incidentId", min("severity"::"AlertSeverity") AS "severity"
                FROM jsonb_to_recordset(${JSON.stringify(joined)}::jsonb) AS y("incidentId" text, "severity" text) GROUP BY 1) x
       WHERE i."id" = x."incidentId" AND x."severity" < i."severity"`);
  }
  const absorbed = await absorbSymptoms({ tx, graph, incidents: [...created.values()], windowStart, now });
  return [...created.values()].filter((o) => !absorbed.has(o.id)).map(({ id, systemId, source }) => ({ id, systemId, source }));
}
