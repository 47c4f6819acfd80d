import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

export type LockSystemsOptions = { tx: Tx; systemIds: string[]; incidentIds?: string[] };

/**
 * Transaction-scoped advisory locks, one per system whose incidents the caller will create, join
 * or resolve (and per system of the incidents named): which incident is open for a system must be
 * one answer across instances. All taken in one statement in key order, so two transactions
 * cannot deadlock on them; webhooks about unrelated systems do not wait for each other.
 */
export async function lockSystems({ tx, systemIds, incidentIds = [] }: LockSystemsOptions): Promise<void> {
  if (!systemIds.length && !incidentIds.length) return;
  await tx.$executeRaw(Prisma.sql`
    SELECT pg_advisory_xact_lock(k) FROM (
      SELECT DISTINCT hashtextextended(s, 11) AS k FROM (
        SELECT unnest(${systemIds}::text[]) AS s
        UNION ALL SELECT "systemId" FROM "Incident" WHERE "id" = ANY(${incidentIds}::text[])) ids
      ORDER BY 1) keys`);
}
