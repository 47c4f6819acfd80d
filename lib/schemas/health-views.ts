// Health as people read it: the overview, the at-risk set, a record's health and its series, and
// the map's compact read. (What monitoring sends in is in the ingestion schemas.)
import { z } from "zod";
import * as E from "@/server/generated/prisma/enums";
import { ZId, ZListQueryBase, ZRef, ZTierList, ZUserRef, csvEnum, sortParam } from "./common";
import { INTERFACE_STYLES, LAYERS, SYSTEM_KINDS, ZInterfaceStyle, ZLayer, ZSubjectType, ZSystemKind } from "./enums";
import { ZImpactStep, ZImpactTeam } from "./impact";

export const HEALTH_STATES = Object.values(E.HealthState) as [E.HealthState, ...E.HealthState[]];
export const ZHealthState = z.enum(HEALTH_STATES);
export type THealthState = z.infer<typeof ZHealthState>;
/** Filters beyond the stored states: never reported (no row), and at risk from upstream. */
export const HEALTH_FILTERS = [...HEALTH_STATES, "UNKNOWN", "AT_RISK"] as const;

/**
 * Business impact of an at-risk set: each at-risk system counts by its tier. A tier-0 system
 * (business stops) weighs as much as eight tier-3 ones (nice to have): each tier up doubles.
 */
export const TIER_WEIGHTS = [8, 4, 2, 1] as const;

const ZCounts = z.object({
  UP: z.number().int(), DEGRADED: z.number().int(), DOWN: z.number().int(), NO_DATA: z.number().int(),
  UNKNOWN: z.number().int().describe("Never reported"),
  AT_RISK: z.number().int().describe("Downstream of a DOWN or DEGRADED record (whatever their own state)"),
  total: z.number().int(),
});
export type THealthCounts = z.infer<typeof ZCounts>;

export const HEALTH_SORTS = ["problem", "name", "tier", "since"] as const;
export const ZHealthOverviewQuery = ZListQueryBase.extend({
  subject: ZSubjectType.default("SYSTEM"),
  state: csvEnum(HEALTH_FILTERS).optional().describe("UP, DEGRADED, DOWN, NO_DATA, UNKNOWN (never reported), AT_RISK"),
  teamId: ZId.optional(),
  layer: csvEnum(LAYERS).optional().describe("Systems: their layer; interfaces: their provider's"),
  tier: ZTierList.optional(),
  kind: csvEnum(SYSTEM_KINDS).optional().describe("Systems only"),
  style: csvEnum(INTERFACE_STYLES).optional().describe("Interfaces only"),
  groupBy: z.enum(["team", "layer"]).default("team"),
  sort: sortParam(HEALTH_SORTS, "problem").describe("problem: DOWN, DEGRADED, NO_DATA first, then tier and since; prefix - to reverse"),
});
export type THealthOverviewQuery = z.output<typeof ZHealthOverviewQuery>;

export const ZHealthRow = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  tier: z.number().int(),
  layer: ZLayer.nullable(),
  team: ZRef.nullable(),
  state: ZHealthState.nullable().describe("null: never reported"),
  since: z.string().nullable(),
  lastSampleAt: z.string().nullable(),
  atRisk: z.boolean(),
});
export type THealthRow = z.infer<typeof ZHealthRow>;

export const ZHealthOverview = z.object({
  subject: ZSubjectType,
  counts: ZCounts.describe("Over the filters other than state"),
  problems: z.array(ZHealthRow).describe("DOWN, DEGRADED and NO_DATA records, tier 0 and 1 first, then the longest-standing; at most 20"),
  grid: z.array(z.object({ team: ZRef.nullable(), layer: ZLayer.nullable(), counts: ZCounts })).describe("Counts per team or per layer"),
  items: z.array(ZHealthRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).meta({ id: "HealthOverview" });
export type THealthOverview = z.infer<typeof ZHealthOverview>;

const ZCause = z.object({ type: ZSubjectType, id: z.string(), key: z.string(), name: z.string(), tier: z.number().int(), state: ZHealthState });
export type THealthCause = z.infer<typeof ZCause>;

export const ZAtRiskQuery = z.object({
  limit: z.coerce.number().int().min(0).max(5_000).default(100).describe("At most this many systems and interfaces listed; totals cover all"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ZAtRisk = z.object({
  causes: z.array(ZCause.extend({ since: z.string(), atRisk: z.number().int().describe("Systems first reached from this cause") }))
    .describe("Every DOWN or DEGRADED system and interface, tier first"),
  totals: z.object({
    systems: z.number().int(),
    interfaces: z.number().int(),
    impact: z.number().describe("Σ over at-risk systems of the tier weight (weights)"),
    byTier: z.array(z.object({ tier: z.number().int(), systems: z.number().int() })),
  }),
  weights: z.array(z.number()).describe("Weight per tier, 0 first"),
  systems: z.array(z.object({
    id: z.string(), key: z.string(), name: z.string(), tier: z.number().int(), kind: ZSystemKind,
    distance: z.number().int().describe("Hops from its cause"),
    cause: ZCause,
    path: z.array(ZImpactStep).describe("One shortest chain from the cause to this system"),
    team: ZImpactTeam.nullable(),
    technicalOwner: ZUserRef.nullable(),
  })).describe("Nearest first, then tier"),
  interfaces: z.array(z.object({
    id: z.string(), key: z.string(), name: z.string(), style: ZInterfaceStyle,
    providerSystemId: z.string(), consumerSystemId: z.string(), viaSystemId: z.string().nullable(),
    distance: z.number().int(), cause: ZCause,
  })),
  teams: z.array(ZImpactTeam.extend({ systems: z.number().int(), nearestDistance: z.number().int() }))
    .describe("Whom to call: the causes' teams first, then teams owning at-risk systems, nearest then most affected"),
}).meta({ id: "AtRisk" });
export type TAtRisk = z.infer<typeof ZAtRisk>;

export const ZHealthMap = z.object({
  systems: z.array(z.object({ id: z.string(), state: ZHealthState.nullable(), atRisk: z.boolean() })),
  interfaces: z.array(z.object({ id: z.string(), state: ZHealthState.nullable(), atRisk: z.boolean() })),
}).meta({ id: "HealthMap" }).describe("Only records that reported or are at risk; any other is unknown and not at risk");
export type THealthMap = z.infer<typeof ZHealthMap>;

export const ZRecordHealth = z.object({
  subjectType: ZSubjectType,
  id: z.string(), key: z.string(), name: z.string(), tier: z.number().int(),
  state: ZHealthState.nullable(),
  since: z.string().nullable(),
  lastSampleAt: z.string().nullable(),
  staleAt: z.string().nullable().describe("When the state lapses by itself if nothing new arrives"),
  sources: z.array(z.object({
    source: z.string(), at: z.string(), status: z.enum(["UP", "DEGRADED", "DOWN"]).nullable(),
    intervalMs: z.number().int().nullable(), fresh: z.boolean(),
  })),
  lastRun: z.object({
    runId: z.string(), status: z.enum(["RUNNING", "SUCCEEDED", "FAILED"]), startedAt: z.string(), endedAt: z.string().nullable(),
    dataFreshAt: z.string().nullable(),
  }).nullable(),
  atRisk: z.object({ distance: z.number().int(), cause: ZCause, path: z.array(ZImpactStep) }).nullable(),
}).meta({ id: "RecordHealth" });
export type TRecordHealth = z.infer<typeof ZRecordHealth>;

export const SERIES_RANGES = ["1h", "24h", "7d", "30d"] as const;
export const ZSeriesQuery = z.object({
  range: z.enum(SERIES_RANGES).default("24h"),
  step: z.coerce.number().int().min(60).max(86_400).optional()
    .describe("Bucket width in seconds (default: 60 up to 7d, 3600 for 30d; 30d is never finer than an hour)"),
});
export type TSeriesQuery = z.output<typeof ZSeriesQuery>;

const num = z.number().optional();
export const ZHealthSeries = z.object({
  range: z.enum(SERIES_RANGES),
  from: z.string(), to: z.string(), stepSeconds: z.number().int(),
  source: z.enum(["samples", "rollups"]),
  buckets: z.array(z.object({
    t: z.string(), samples: z.number().int(), worst: z.enum(["UP", "DEGRADED", "DOWN"]).nullable(),
    latencyP95: num, latencyP99: num, errorRate: num, throughput: num,
    backlog: num, lagMessages: num, lagSeconds: num, deadLettered: num, consumers: num,
  })).describe("Only buckets with samples; a figure nobody reported in a bucket is absent"),
  deployments: z.array(z.object({
    id: z.string(), systemId: z.string(), systemName: z.string(), version: z.string(), environment: z.string(),
    status: z.enum(["SUCCEEDED", "FAILED", "ROLLED_BACK"]), at: z.string(), link: z.string().nullable(),
  })),
  jobRuns: z.array(z.object({
    runId: z.string(), status: z.enum(["RUNNING", "SUCCEEDED", "FAILED"]), startedAt: z.string(), endedAt: z.string().nullable(),
    durationMs: z.number().nullable(), rows: z.number().nullable(),
    qualityChecks: z.array(z.object({ name: z.string(), passed: z.boolean(), value: z.number().nullable() })),
  })),
}).meta({ id: "HealthSeries" });
export type THealthSeries = z.infer<typeof ZHealthSeries>;
