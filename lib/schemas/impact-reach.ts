// The compact companion of ZImpactResult: every affected system and interface as (id, distance)
// only, unpaged, so the map can highlight all of them (a hub reaches thousands of systems, and the
// detailed result with paths and owners would be megabytes).
import { z } from "zod";
import { ZImpactDirection, ZImpactQuery, ZImpactResult } from "./impact";

/** direction and depth as for the detailed analysis; there are no pages to ask for. */
export const ZImpactReachQuery = ZImpactQuery.omit({ limit: true, offset: true });
export type TImpactReachQuery = z.output<typeof ZImpactReachQuery>;

const ZReached = z.object({
  id: z.string(),
  distance: z.number().int().describe("Hops from the root, as in the detailed analysis"),
});

export const ZImpactReach = z
  .object({
    root: ZImpactResult.shape.root,
    direction: ZImpactDirection,
    depth: z.number().int().nullable(),
    systems: z.array(ZReached).describe("Every affected system (never the root system), ordered by distance"),
    interfaces: z.array(ZReached).describe("Every interface a failure crosses (never the root interface), ordered by distance"),
  })
  .meta({ id: "ImpactReach" });
export type TImpactReach = z.infer<typeof ZImpactReach>;
