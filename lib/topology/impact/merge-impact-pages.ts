import type { TImpactResult } from "@/lib/schemas/impact";

export type TImpactSystem = TImpactResult["systems"][number];

/** The pages of one analysis as the panel shows them: one list of systems, the rest from page one. */
export type MergedImpact = Pick<TImpactResult, "root" | "direction" | "depth" | "totals" | "teams"> & { systems: TImpactSystem[] };

/**
 * Concatenates the systems of pages fetched at offsets 0, n, 2n, … Totals and teams come from the
 * first page: they cover the whole analysis on every page, and the first is what the list began
 * with. A system listed twice (the graph changed between two pages and shifted the offsets) is
 * kept once, where it first appeared.
 */
export function mergeImpactPages(pages: readonly TImpactResult[]): MergedImpact | undefined {
  const [first] = pages;
  if (!first) return undefined;
  const seen = new Set<string>();
  const systems: TImpactSystem[] = [];
  for (const page of pages) {
    for (const system of page.systems) {
      if (seen.has(system.id)) continue;
      seen.add(system.id);
      systems.push(system);
    }
  }
  const { root, direction, depth, totals, teams } = first;
  return { root, direction, depth, totals, teams, systems };
}

/** The offset of the next page of systems, or undefined when the last page reached the end. */
export function nextImpactOffset(lastPage: TImpactResult, lastOffset: number, pageSize: number): number | undefined {
  const next = lastOffset + pageSize;
  return next < lastPage.totals.systems ? next : undefined;
}
