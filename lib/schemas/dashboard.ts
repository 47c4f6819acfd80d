// The manager dashboard: every figure of the home page in one response, aggregated on the server
// (GROUP BY in PostgreSQL, counting passes over the in-memory graph), never raw rows.
import { z } from "zod";
import { ZId, ZRef } from "./common";
import { ZAuditAction, ZEntityType, ZInterfaceMode, ZInterfaceStyle, ZLayer, ZLifecycle, ZSystemKind } from "./enums";

/** Weeks of audit activity the dashboard shows, the current one included. */
export const CHANGE_WEEKS = 12;
/** How many of the riskiest systems are listed. */
export const RISKIEST_LIMIT = 10;
/** How many recent changes are listed. */
export const RECENT_CHANGES = 12;

export const ZDashboardQuery = z.object({
  teamId: ZId.optional().describe("Restrict every figure to this team's systems, interfaces and members"),
});
export type TDashboardQuery = z.output<typeof ZDashboardQuery>;

/** A count per enum value; every value present, zero included, in the enum's order. */
const counts = <T extends z.ZodType>(value: T) => z.array(z.object({ value, count: z.number().int() }));

export const OWNERSHIP_GAPS = ["team", "technicalOwner", "businessOwner", "deactivatedOwner"] as const;
export const ZOwnershipGapKind = z.enum(OWNERSHIP_GAPS);
export type TOwnershipGapKind = z.infer<typeof ZOwnershipGapKind>;

export const ZTeamLoad = z.object({
  team: ZRef,
  activeMembers: z.number().int(),
  systems: z.number().int().describe("Owned systems that are not retired"),
  weight: z.number().int().describe("Σ tier weight (TIER_WEIGHTS) of those systems"),
  load: z.number().nullable().describe("weight / activeMembers; null when the team has no active member (∞)"),
});
export type TTeamLoad = z.infer<typeof ZTeamLoad>;

export const ZRiskySystem = z.object({
  system: ZRef,
  tier: z.number().int(),
  team: ZRef.nullable(),
  reach: z.number().int().describe("Systems transitively downstream (what fails with it)"),
  gaps: z.array(ZOwnershipGapKind).describe("Missing team / technical owner / business owner, or a deactivated owner"),
  risk: z.number().int().describe("reach × (1 + number of gaps)"),
});
export type TRiskySystem = z.infer<typeof ZRiskySystem>;

export const ZChangeWeek = z.object({
  weekStart: z.iso.date().describe("Monday (UTC) the week starts on"),
  count: z.number().int().describe("Audit entries about systems, interfaces and teams"),
});
export type TChangeWeek = z.infer<typeof ZChangeWeek>;

export const ZRecentChange = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  action: ZAuditAction,
  entityType: ZEntityType,
  entityId: z.string(),
  actorLabel: z.string(),
  label: z.string().describe("The record's name as the entry recorded it (deleted records keep theirs)"),
});

export const ZDashboard = z
  .object({
    team: ZRef.nullable().describe("The team filter, when one was given"),
    graphVersion: z.string().describe("Topology version the graph figures were computed at"),
    totals: z.object({
      systems: z.number().int(),
      interfaces: z.number().int(),
      teams: z.number().int(),
      people: z.number().int().describe("Active people (with a team filter: its active members)"),
    }),
    systems: z.object({
      byLayer: counts(ZLayer),
      byKind: counts(ZSystemKind),
      byTier: counts(z.number().int()),
      byLifecycle: counts(ZLifecycle),
    }),
    interfaces: z.object({
      byStyle: counts(ZInterfaceStyle),
      byMode: counts(ZInterfaceMode),
      byTier: counts(z.number().int()),
      byLifecycle: counts(ZLifecycle),
    }),
    changesPerWeek: z.array(ZChangeWeek).describe(`The last ${CHANGE_WEEKS} weeks, oldest first, from the audit log`),
    teamsByLoad: z.array(ZTeamLoad).describe("Teams without an active member first (∞), then by load, highest first"),
    riskiestSystems: z.array(ZRiskySystem).describe(`At most ${RISKIEST_LIMIT}, by risk, then tier`),
    recentChanges: z.array(ZRecentChange),
  })
  .meta({ id: "Dashboard" });
export type TDashboard = z.infer<typeof ZDashboard>;
