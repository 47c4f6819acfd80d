import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import { getGraph } from "@/server/graph/get-graph";
import type { TopologyGraph } from "@/server/graph/graph-types";
import type { HealthState, SubjectType } from "@/server/generated/prisma/enums";
import { settleLapsedHealth } from "./settle-lapsed-health";
import { traverseAtRisk, type AtRiskTraversal } from "./traverse-at-risk";

export type AtRiskCause = { type: SubjectType; index: number; id: string; state: HealthState };
export type AtRiskSet = { key: string; graph: TopologyGraph; causes: AtRiskCause[]; traversal: AtRiskTraversal };

type Holder = { entry?: AtRiskSet };
const holder = ((globalThis as unknown as { junctionAtRisk?: Holder }).junctionAtRisk ??= {});

// No timestamps: the pg pool reads these as plain text (server/db-hot.ts).
const PROBLEMS = Prisma.sql`SELECT "subjectId" AS id, "subjectType"::text AS type, "state"::text AS state FROM "HealthStatus"
  WHERE "state" IN ('DOWN', 'DEGRADED') ORDER BY "subjectId"`;

function compute(key: string, graph: TopologyGraph, rows: { id: string; type: SubjectType; state: HealthState }[]): AtRiskSet {
  const causes: AtRiskCause[] = [];
  for (const row of rows) {
    // A record deleted since its row was read is not in this graph: nothing flows from it any more.
    const index = row.type === "SYSTEM" ? graph.systemIndex.get(row.id) : graph.interfaceIndex.get(row.id);
    if (index !== undefined) causes.push({ ...row, index });
  }
  // Systems first, interfaces after: the traversal's cause ordinals follow this order.
  causes.sort((a, b) => (a.type === b.type ? 0 : a.type === "SYSTEM" ? -1 : 1));
  const traversal = traverseAtRisk({
    graph,
    systems: causes.filter((c) => c.type === "SYSTEM").map((c) => c.index),
    interfaces: causes.filter((c) => c.type === "INTERFACE").map((c) => c.index),
  });
  return { key, graph, causes, traversal };
}

/**
 * The at-risk set as of this request. The key is the input itself — the graph's version and the
 * list of DOWN and DEGRADED records, read fresh each time (an indexed read of a short list) —
 * so every instance serves what the database says now, and recomputes (one BFS, a few ms at
 * 10,000 systems) only when a state or the map changed. Lapsed states are settled first.
 */
export async function getAtRiskSet(): Promise<AtRiskSet> {
  await settleLapsedHealth();
  const [graph, rows] = await Promise.all([
    getGraph(),
    hotRows<{ id: string; type: SubjectType; state: HealthState }>("junction_health_problems", PROBLEMS),
  ]);
  const key = `${graph.version}|${rows.map((r) => `${r.id}:${r.state}`).join(",")}`;
  if (holder.entry?.key === key && holder.entry.graph === graph) return holder.entry;
  const entry = compute(key, graph, rows);
  holder.entry = entry;
  return entry;
}
