import "server-only";
import { db } from "@/server/db";
import type { TTopologyLayout } from "@/lib/schemas/topology";

export type ReadCachedLayoutOptions = { key: string; version: bigint };

/** The layout computed for this view at this estate version, if someone's browser stored one. */
export async function readCachedLayout({ key, version }: ReadCachedLayoutOptions): Promise<TTopologyLayout | null> {
  // Raw SQL for the reason read-positions.ts gives (a stale build's Prisma client lacks new models).
  const rows = await db().$queryRaw<{ layout: TTopologyLayout }[]>`
    SELECT "layout" FROM "TopologyLayout" WHERE "key" = ${key} AND "version" = ${version}`;
  return rows[0]?.layout ?? null;
}
