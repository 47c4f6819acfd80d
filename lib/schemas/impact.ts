import { z } from "zod";
import { ZId, ZUserRef } from "./common";
import { ZInterfaceMode, ZInterfaceStyle } from "./enums";
import { ZSystemSummary } from "./system";

export const IMPACT_DIRECTIONS = ["downstream", "upstream"] as const;
export const ZImpactDirection = z
  .enum(IMPACT_DIRECTIONS)
  .describe("downstream: what breaks if this fails (its consumers, transitively); upstream: what it depends on");
export type TImpactDirection = z.infer<typeof ZImpactDirection>;

export const ZImpactQuery = z.object({
  direction: ZImpactDirection.default("downstream"),
  depth: z.coerce.number().int().min(1).max(1000).optional().describe("Stop after this many hops; omit for the full transitive closure"),
  limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(50_000)
    .default(100)
    .describe("At most this many systems and interfaces are listed (nearest and most critical first); totals and teams always cover all"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("Skip this many of each list (paging)"),
});
export type TImpactQuery = z.output<typeof ZImpactQuery>;

export const ZImpactStep = z
  .object({
    interfaceId: z.string(),
    interfaceKey: z.string(),
    systemId: z.string().describe("The system this hop reaches; it starts from the previous step's system (or the root)"),
  })
  .describe("One hop, in the direction of the analysis");

export const ZImpactTeam = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  onCall: z.string().nullable(),
  chatChannel: z.string().nullable(),
  contactEmail: z.string().nullable(),
});

export const ZImpactSystem = ZSystemSummary.extend({
  distance: z.number().int().describe("Hops from the root (an interface's own far end is at 1)"),
  team: ZImpactTeam.nullable(),
  technicalOwner: ZUserRef.nullable(),
  path: z.array(ZImpactStep).describe("One shortest chain of interfaces from the root to this system"),
});

export const ZImpactInterface = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: ZInterfaceStyle,
  mode: ZInterfaceMode,
  providerSystemId: z.string(),
  consumerSystemId: z.string(),
  viaSystemId: z.string().nullable(),
  distance: z.number().int().describe("The hop at which a failure crosses this interface"),
});

export const ZImpactResult = z
  .object({
    root: z.object({ type: z.enum(["system", "interface"]), id: ZId, key: z.string(), name: z.string() }),
    direction: ZImpactDirection,
    depth: z.number().int().nullable(),
    totals: z.object({
      systems: z.number().int(),
      interfaces: z.number().int(),
      maxDistance: z.number().int(),
      withoutTeam: z.number().int().describe("Affected systems no team owns: nobody to call"),
      teams: z.number().int().describe("Teams owning affected systems"),
      byDistance: z.array(z.object({ distance: z.number().int(), systems: z.number().int() })),
      byTier: z.array(z.object({ tier: z.number().int(), systems: z.number().int() })),
    }),
    systems: z.array(ZImpactSystem).describe("Ordered by distance, then tier (most critical first), then name"),
    interfaces: z.array(ZImpactInterface).describe("Ordered by distance"),
    teams: z
      .array(ZImpactTeam.extend({ systems: z.number().int(), nearestDistance: z.number().int() }))
      .describe("Teams owning affected systems, whom to call first: nearest, then most affected; at most `limit` (totals.teams counts all)"),
    truncated: z.boolean().describe("true when systems or interfaces go on beyond this page (offset + limit)"),
  })
  .meta({ id: "ImpactResult" });
export type TImpactResult = z.infer<typeof ZImpactResult>;
