import "server-only";
import { db } from "@/server/db";
import type { TTopologyLayout, TTopologyQuery } from "@/lib/schemas/topology";
import { AppError } from "@/server/http/app-error";
import { getTopology } from "./get-topology";
import { layoutCacheKey } from "./layout-cache-key";

export type StoreLayoutOptions = { query: TTopologyQuery; version: string; layout: TTopologyLayout };

/**
 * Keeps a browser's automatic layout of one view for everyone, in PostgreSQL (app instances stay
 * stateless): the next opening of that view, by anyone on any instance, skips the layout until
 * systems or interfaces change. Only for the estate as it is now, and only if it places exactly
 * the view's nodes. A cache of derived data, so not audited; a view's row is replaced, never
 * duplicated, and rows of older versions are dropped.
 */
export async function storeLayout({ query, version, layout }: StoreLayoutOptions): Promise<{ stored: boolean }> {
  const view = await getTopology({ query });
  if (view.version !== version) throw AppError.conflict({ key: "estateChanged" }, [{ path: "version", message: { key: "notCurrentEstateVersion" } }]);
  const placed = Object.keys(layout.positions);
  const ids = new Set(view.nodes.map((n) => n.id));
  if (placed.length !== ids.size || placed.some((id) => !ids.has(id))) {
    throw AppError.validation([{ path: "positions", message: { key: "exactlyTheViewsNodes" } }]);
  }
  const key = layoutCacheKey(query);
  await db().$transaction([
    db().$executeRaw`DELETE FROM "TopologyLayout" WHERE "version" < ${BigInt(version)}`,
    db().$executeRaw`
      INSERT INTO "TopologyLayout" ("key", "version", "layout") VALUES (${key}, ${BigInt(version)}, ${JSON.stringify(layout)}::jsonb)
      ON CONFLICT ("key") DO UPDATE SET "version" = EXCLUDED."version", "layout" = EXCLUDED."layout", "createdAt" = now()
       WHERE "TopologyLayout"."version" <= EXCLUDED."version"`,
  ]);
  return { stored: true };
}
