import "server-only";
import { db } from "@/server/db";
import type { THealthSeries, TSeriesQuery } from "@/lib/schemas/health-views";
import { findInGraph } from "@/server/graph/find-in-graph";
import { getGraph } from "@/server/graph/get-graph";
import { readSeriesBuckets } from "./read-series-buckets";

export type GetHealthSeriesOptions = { subjectType: "SYSTEM" | "INTERFACE"; idOrKey: string; query: TSeriesQuery; now?: Date };

const RANGE_MS = { "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 } as const;

type Check = { name?: unknown; passed?: unknown; value?: unknown };

/**
 * A record's chart: its samples in buckets over the range, and what happened meanwhile —
 * deployments of the system (for an interface: of its provider, consumer and broker) and job runs.
 */
export async function getHealthSeries({ subjectType, idOrKey, query, now = new Date() }: GetHealthSeriesOptions): Promise<THealthSeries> {
  const graph = await getGraph();
  const index = findInGraph({ graph, type: subjectType === "SYSTEM" ? "system" : "interface", idOrKey });
  const id = subjectType === "SYSTEM" ? graph.systems[index].id : graph.interfaces[index].id;
  const systems = subjectType === "SYSTEM"
    ? [id]
    : (({ provider, consumer, via }) => [provider, consumer, ...(via >= 0 ? [via] : [])].map((s) => graph.systems[s].id))(graph.interfaces[index]);
  const rollups = query.range === "30d";
  const stepSeconds = rollups ? Math.max(3600, query.step ?? 3600) : (query.step ?? 60);
  const to = now;
  const from = new Date(now.getTime() - RANGE_MS[query.range]);

  const [buckets, deployments, runs] = await Promise.all([
    readSeriesBuckets({ subjectId: id, from, to, stepSeconds, rollups }),
    db().$queryRaw<(Omit<THealthSeries["deployments"][number], "at"> & { at: Date })[]>`
      SELECT d."id", d."systemId", s."name" AS "systemName", d."version", d."environment", d."status"::text AS "status", d."at", d."link"
        FROM "Deployment" d JOIN "System" s ON s."id" = d."systemId"
       WHERE d."systemId" = ANY(${systems}::text[]) AND d."at" >= ${from} AND d."at" <= ${to} ORDER BY d."at" LIMIT 500`,
    db().jobRun.findMany({ where: { subjectId: id, startedAt: { gte: from, lte: to } }, orderBy: { startedAt: "asc" }, take: 2000 }),
  ]);
  return {
    range: query.range, from: from.toISOString(), to: to.toISOString(), stepSeconds,
    source: rollups ? "rollups" : "samples",
    buckets,
    deployments: deployments.map((d) => ({ ...d, at: d.at.toISOString() })),
    jobRuns: runs.map((r) => ({
      runId: r.runId, status: r.status, startedAt: r.startedAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null,
      durationMs: r.endedAt ? r.endedAt.getTime() - r.startedAt.getTime() : null,
      rows: r.rows === null ? null : Number(r.rows),
      qualityChecks: (Array.isArray(r.qualityChecks) ? (r.qualityChecks as Check[]) : []).map((c) => ({
        name: String(c.name ?? ""), passed: c.passed === true, value: typeof c.value === "number" ? c.value : null,
      })),
    })),
  };
}
