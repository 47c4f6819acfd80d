import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthMap, THealthState } from "@/lib/schemas/health-views";
import { getAtRiskSet } from "./get-at-risk-set";

const STATES = Prisma.sql`SELECT "subjectId" AS id, "subjectType"::text AS type, "state"::text AS state FROM "HealthStatus"`;

/** Every reported record's state and the at-risk ones, ids only: what the map colours by, in one request. */
export async function getHealthMap(): Promise<THealthMap> {
  const set = await getAtRiskSet();
  const rows = await hotRows<{ id: string; type: "SYSTEM" | "INTERFACE"; state: THealthState }>("junction_health_states", STATES);
  const { graph, traversal: t } = set;
  const systems = new Map<string, { id: string; state: THealthState | null; atRisk: boolean }>();
  const interfaces = new Map<string, { id: string; state: THealthState | null; atRisk: boolean }>();
  for (const r of rows) (r.type === "SYSTEM" ? systems : interfaces).set(r.id, { id: r.id, state: r.state, atRisk: false });
  const mark = (into: typeof systems, id: string) => {
    const entry = into.get(id);
    if (entry) entry.atRisk = true;
    else into.set(id, { id, state: null, atRisk: true });
  };
  for (const s of t.reached) mark(systems, graph.systems[s].id);
  for (const e of t.edges) mark(interfaces, graph.interfaces[e].id);
  return { systems: [...systems.values()], interfaces: [...interfaces.values()] };
}
