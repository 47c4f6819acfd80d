import "server-only";
import { db } from "@/server/db";

export type ReadPositionsOptions = { systemIds: string[] };

/**
 * Saved positions of the given systems: one query, whatever the view's size. Raw SQL rather than
 * db().nodePosition: scripts/serve.ts shares one Prisma client on globalThis between Next's bundle
 * and the /api/v1 fast path, and a client created by a production build older than this table
 * has no such model (seen with a stale .next); the map must still draw.
 */
export async function readPositions({ systemIds }: ReadPositionsOptions): Promise<Map<string, { x: number; y: number }>> {
  if (!systemIds.length) return new Map();
  const rows = await db().$queryRaw<{ systemId: string; x: number; y: number }[]>`
    SELECT "systemId", "x", "y" FROM "NodePosition" WHERE "systemId" = ANY(${systemIds}::text[])`;
  return new Map(rows.map((r) => [r.systemId, { x: r.x, y: r.y }]));
}
