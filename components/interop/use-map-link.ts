"use client";
import { useQueries } from "@tanstack/react-query";
import type { TImportResult } from "@/lib/schemas/interop";
import { systemDetailQuery } from "@/lib/queries/systems";

/** How many of the written systems are looked up to find their teams: enough to draw the map's filter. */
const LOOKUPS = 20;

/**
 * Where the map shows what an import wrote: filtered to the teams owning the systems it created
 * or changed, or focused on the one such system without a team. The result names keys and the map
 * takes ids, so the first few systems are looked up by key. Undefined while looking, null if none.
 */
export function useMapLink(result: TImportResult): string | null | undefined {
  const keys = result.applied
    ? result.changes.filter((c) => c.entity === "systems" && (c.action === "create" || c.action === "update")).slice(0, LOOKUPS).map((c) => c.key)
    : [];
  const systems = useQueries({ queries: keys.map((key) => systemDetailQuery(key)) });
  if (systems.some((q) => q.isPending)) return undefined;
  const found = systems.flatMap((q) => (q.data ? [q.data] : []));
  const teamIds = [...new Set(found.flatMap((s) => (s.team ? [s.team.id] : [])))];
  if (teamIds.length) return `/topology?teamId=${teamIds.join(",")}`;
  return found[0] ? `/topology?focus=${found[0].id}` : null;
}
