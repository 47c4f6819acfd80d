import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { AlertSeverity } from "@/server/generated/prisma/enums";
import type { TopologyGraph } from "@/server/graph/graph-types";
import { newId } from "@/server/import/new-id";
import { env } from "@/lib/env";
import { INCIDENT_WINDOW_MINUTES, ROOT_CAUSE_DEPTH } from "@/lib/alerts/alert-rules";
import { absorbSymptoms } from "./absorb-symptoms";
import { lockSystems } from "./lock-systems";
import { pathBack, walkDependencies } from "./walk-dependencies";

export type FiringAlert = { id: string; source: string; title: string; severity: AlertSeverity; systemId: string };
/** A new incident; `storm`: its source sent more than ALERT_STORM_PER_MINUTE new alerts this minute (`stormCount`). */
export type OpenedIncident = { id: string; systemId: string; source: string; storm: boolean; stormCount: number };

export type AssignIncidentsOptions = {
  tx: Tx;
  alerts: FiringAlert[];
  graph: TopologyGraph;
  now: Date;
  /** Incidents the caller will resolve next: their systems are locked with the others, in one go. */
  alsoLockIncidents?: string[];
};

type PreRead = { kind: "recent" | "down" | "consumer" | "storm"; key: string; id: string | null; count: number | null };
type Open = { id: string; systemId: string; openedAt: Date };
type NewIncident = { id: string; systemId: string; teamId: string | null; title: string; severity: AlertSeverity; source: string; storm: boolean; stormCount: number };

// The enum's order: CRITICAL is the most severe.
const RANK: Record<AlertSeverity, number> = { CRITICAL: 0, MAJOR: 1, MINOR: 2, WARNING: 3, INFO: 4 };

/**
 * Each firing, mapped, unsuppressed alert without an incident joins one. The root-cause hint
 * first: the nearest provider upstream (within ROOT_CAUSE_DEPTH hops, brokers included) that has
 * an unresolved incident opened within the window, or is DOWN, takes the alert as a probable
 * symptom, with the path provider → … → the alert's system (a DOWN provider without an incident
 * gets one). Else the system's own unresolved incident, else a new one.
 *
 * Which providers are problems is read without locks (hundreds of systems upstream in a dense
 * map); only the systems whose incidents will be created or joined — the alerts' own and the
 * chosen providers — are locked, and their incidents read again under the lock. A provider whose
 * incident resolved in between no longer takes the symptom (it goes to its own system's).
 */
export async function assignIncidents({ tx, alerts, graph, now, alsoLockIncidents = [] }: AssignIncidentsOptions): Promise<OpenedIncident[]> {
  const windowStart = new Date(now.getTime() - INCIDENT_WINDOW_MINUTES * 60_000);
  const walks = new Map<string, ReturnType<typeof walkDependencies>>();
  const upstream = new Set<string>();
  const downstream = new Set<string>();
  for (const a of alerts) {
    const index = graph.systemIndex.get(a.systemId);
    if (index === undefined || walks.has(a.systemId)) continue;
    const walk = walkDependencies({ graph, from: index, direction: "upstream", depth: ROOT_CAUSE_DEPTH });
    walks.set(a.systemId, walk);
    for (const r of walk) upstream.add(graph.systems[r.index].id);
    for (const r of walkDependencies({ graph, from: index, direction: "downstream", depth: ROOT_CAUSE_DEPTH })) downstream.add(graph.systems[r.index].id);
  }
  const minuteStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const sources = [...new Set(alerts.map((a) => a.source))];
  // One read before any lock: providers upstream with a recent incident or DOWN (root-cause
  // candidates), consumers' recent incidents downstream (a new incident here may take them in),
  // and this minute's new alerts per source (storm protection).
  const pre = await tx.$queryRaw<PreRead[]>(Prisma.sql`
    SELECT 'recent' AS "kind", "systemId" AS "key", NULL AS "id", NULL::int AS "count" FROM "Incident"
     WHERE "systemId" = ANY(${[...upstream]}::text[]) AND "state" <> 'RESOLVED' AND "openedAt" >= ${windowStart} GROUP BY "systemId"
    UNION ALL
    SELECT 'down', "subjectId", NULL, NULL FROM "HealthStatus" WHERE "subjectId" = ANY(${[...upstream]}::text[]) AND "state" = 'DOWN'
    UNION ALL
    SELECT 'consumer', "systemId", "id", NULL FROM "Incident"
     WHERE "systemId" = ANY(${[...downstream]}::text[]) AND "state" <> 'RESOLVED' AND "openedAt" >= ${windowStart}
    UNION ALL
    SELECT 'storm', "source", NULL, count(*)::int FROM "Alert" WHERE "source" = ANY(${sources}::text[]) AND "firstSeenAt" >= ${minuteStart} GROUP BY "source"`);
  const recent = new Set(pre.filter((p) => p.kind === "recent").map((p) => p.key));
  const down = new Set(pre.filter((p) => p.kind === "down").map((p) => p.key));
  const consumers = pre.filter((p) => p.kind === "consumer").map((p) => ({ id: p.id!, systemId: p.key }));
  const stormCount = new Map(pre.filter((p) => p.kind === "storm").map((p) => [p.key, p.count!]));
  const limit = env().ALERT_STORM_PER_MINUTE;
  const causes = new Map<string, { provider: number; path: string[] } | null>();
  for (const [systemId, walk] of walks) {
    const cause = walk.find((r) => recent.has(graph.systems[r.index].id) || down.has(graph.systems[r.index].id));
    causes.set(systemId, cause ? { provider: cause.index, path: pathBack(cause, walk, graph.systemIndex.get(systemId)!).map((i) => graph.systems[i].id) } : null);
  }
  const targets = new Set(alerts.map((a) => a.systemId));
  for (const c of causes.values()) if (c) targets.add(graph.systems[c.provider].id);
  await lockSystems({ tx, systemIds: [...targets], incidentIds: alsoLockIncidents });
  const current = await tx.$queryRaw<Open[]>(Prisma.sql`
    SELECT DISTINCT ON ("systemId") "id", "systemId", "openedAt" FROM "Incident"
     WHERE "systemId" = ANY(${[...targets]}::text[]) AND "state" <> 'RESOLVED' ORDER BY "systemId", "openedAt" DESC`);
  const open = new Map(current.map((i) => [i.systemId, { id: i.id, openedAt: i.openedAt }]));

  const created = new Map<string, NewIncident>();
  const openFor = (systemId: string, title: string, severity: AlertSeverity, source: string) => {
    const index = graph.systemIndex.get(systemId);
    const count = stormCount.get(source) ?? 0;
    const teamId = index === undefined ? null : graph.systems[index].teamId;
    const incident = { id: newId(), systemId, teamId, title: title.slice(0, 500), severity, source, storm: count > limit, stormCount: count };
    created.set(incident.id, incident);
    open.set(systemId, { id: incident.id, openedAt: now });
    return incident.id;
  };
  const assignments: { id: string; incidentId: string; symptomPath: string[]; severity: AlertSeverity }[] = [];
  for (const alert of alerts) {
    const cause = causes.get(alert.systemId);
    const providerId = cause ? graph.systems[cause.provider].id : null;
    const providerIncident = providerId ? open.get(providerId) : undefined;
    // Under the lock: the provider still has a recent incident, or is DOWN (then one is opened for it).
    const stillCause = providerId && ((providerIncident && providerIncident.openedAt >= windowStart) || down.has(providerId));
    let incidentId: string;
    let symptomPath: string[] = [];
    if (cause && providerId && stillCause) {
      symptomPath = cause.path;
      incidentId = providerIncident?.id ?? openFor(providerId, `${graph.systems[cause.provider].name}: DOWN`, alert.severity, alert.source);
    } else {
      incidentId = open.get(alert.systemId)?.id ?? openFor(alert.systemId, alert.title, alert.severity, alert.source);
    }
    const fresh = created.get(incidentId);
    if (fresh && RANK[alert.severity] < RANK[fresh.severity]) fresh.severity = alert.severity;
    assignments.push({ id: alert.id, incidentId, symptomPath, severity: alert.severity });
  }

  // New incidents, the alerts' assignments and joined incidents' severity: one statement.
  const joined = assignments.filter((a) => !created.has(a.incidentId));
  await tx.$executeRaw(Prisma.sql`
    WITH opened AS (
      INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt", "stormSuppressed")
      SELECT x."id", x."systemId", x."teamId", x."title", x."severity"::"AlertSeverity", 'OPEN', ${now}, x."storm"
        FROM jsonb_to_recordset(${JSON.stringify([...created.values()])}::jsonb)
          AS x("id" text, "systemId" text, "teamId" text, "title" text, "severity" text, "storm" boolean)
    ), graver AS (
      -- An incident already open is as severe as its most severe alert (the enum runs CRITICAL … INFO).
      UPDATE "Incident" i SET "severity" = j."severity"
        FROM (SELECT "incidentId", min("severity"::"AlertSeverity") AS "severity"
                FROM jsonb_to_recordset(${JSON.stringify(joined)}::jsonb) AS y("incidentId" text, "severity" text) GROUP BY 1) j
       WHERE i."id" = j."incidentId" AND j."severity" < i."severity"
    )
    UPDATE "Alert" a SET "incidentId" = x."incidentId", "symptomPath" = ARRAY(SELECT jsonb_array_elements_text(x."symptomPath"))
      FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS x("id" text, "incidentId" text, "symptomPath" jsonb)
     WHERE a."id" = x."id"`);
  const absorbed = await absorbSymptoms({ tx, graph, incidents: [...created.values()], consumers, now });
  return [...created.values()].filter((o) => !absorbed.has(o.id)).map(({ id, systemId, source, storm, stormCount: count }) => ({ id, systemId, source, storm, stormCount: count }));
}
