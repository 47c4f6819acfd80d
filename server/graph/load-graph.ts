import "server-only";
import { db } from "@/server/db";
import type { GraphSystem } from "./graph-types";
import { buildGraph, type GraphInterfaceRow } from "./build-graph";

// The columns here are the ones the topology_state migration's triggers watch (UPDATE OF …):
// a column added here must be added there, or edits to it would not reach other instances.
const SYSTEMS_SQL = `SELECT "id", "key", "name", "kind"::text AS "kind", "layer"::text AS "layer", "tier",
  "lifecycle"::text AS "lifecycle", "teamId", "technicalOwnerId" FROM "System"`;
const INTERFACES_SQL = `SELECT "id", "key", "name", "style"::text AS "style", "mode"::text AS "mode", "endpoint",
  "providerSystemId", "consumerSystemId", "viaSystemId" FROM "Interface"`;

export type LoadGraphOptions = { timeoutMs?: number };

/**
 * Reads the version and the rows in one REPEATABLE READ snapshot, so the graph is exactly the
 * state that version names: a change committed meanwhile carries a higher version and makes the
 * next request reload, instead of being half-seen under the old number.
 */
export async function loadGraph({ timeoutMs = 120_000 }: LoadGraphOptions = {}) {
  const rows = await db().$transaction(
    async (tx) => {
      const [state] = await tx.$queryRawUnsafe<{ version: string }[]>(
        `SELECT "version"::text AS "version" FROM "TopologyState" WHERE "id" = 1`,
      );
      const systems = await tx.$queryRawUnsafe<GraphSystem[]>(SYSTEMS_SQL);
      const interfaces = await tx.$queryRawUnsafe<GraphInterfaceRow[]>(INTERFACES_SQL);
      return { version: state ? BigInt(state.version) : -1n, systems, interfaces };
    },
    { isolationLevel: "RepeatableRead", timeout: timeoutMs, maxWait: 10_000 },
  );
  return buildGraph(rows);
}
