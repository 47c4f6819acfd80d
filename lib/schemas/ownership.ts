// Ownership health: the rules that find rotting ownership, their findings, the tier-weighted
// ownership score, and the one setting (bus factor N). The contract of /api/v1/ownership/*.
import { z } from "zod";
import { ZId, ZRef, ZUserRef, ZVersion, zPage } from "./common";
import { fieldMessage } from "./field-message";

/** A record with no update and no "confirm still accurate" for this long is stale. */
export const STALE_DAYS = 180;
/** A team none of whose members signed in, and none of whose records changed, for this long is quiet. */
export const QUIET_DAYS = 90;
/** Weight of a record in the ownership score, by tier 0 … 3. */
export const TIER_WEIGHTS = [8, 4, 2, 1] as const;

export const GAP_RULES = [
  "system-unowned", // no team or no technical owner (tier 0–1 first)
  "interface-unowned", // no team or no technical owner, after inheriting the provider system's
  "deactivated-owner", // a system or interface whose technical or business owner is deactivated
  "team-no-active-member",
  "team-no-lead",
  "bus-factor", // one person technical owner of more than N tier-0/1 systems
  "stale", // a system or interface not updated or confirmed for STALE_DAYS
  "quiet-team", // QUIET_DAYS without a member's sign-in or an edit/confirmation of its records
] as const;
export const ZGapRule = z.enum(GAP_RULES);
export type TGapRule = z.infer<typeof ZGapRule>;

export const ZGapSeverity = z.enum(["high", "medium", "low"]).describe("high: tier 0–1 records (or people/teams that carry them)");

export const ZGapSubject = z.object({
  type: z.enum(["SYSTEM", "INTERFACE", "TEAM", "USER"]),
  id: z.string(),
  key: z.string().nullable().describe("null for people"),
  name: z.string(),
  tier: z.number().int().nullable().describe("Systems and interfaces only"),
});

export const ZGapFinding = z
  .object({
    rule: ZGapRule,
    severity: ZGapSeverity,
    subject: ZGapSubject,
    team: ZRef.nullable().describe("The team answerable for the subject (the subject itself for team rules)"),
    missing: z.array(z.enum(["team", "technicalOwner", "businessOwner"])).describe("unowned rules: what is not set"),
    owners: z
      .array(z.object({ role: z.enum(["technicalOwner", "businessOwner"]), user: ZUserRef }))
      .describe("deactivated-owner: the deactivated people; bus-factor: the person"),
    alertsGoTo: z
      .array(ZUserRef)
      .describe("deactivated-owner: whom escalation pages instead of a deactivated technical owner (the team's active leads; empty: the team's channels)"),
    records: z
      .array(z.object({ type: z.enum(["SYSTEM", "INTERFACE"]), id: z.string(), key: z.string(), name: z.string(), tier: z.number().int() }))
      .describe("bus-factor: the systems the person carries (tier 0–1); quiet-team: its most critical records (≤ 20)"),
    lastActivityAt: z.iso.datetime().nullable().describe("stale and quiet-team: the last edit, confirmation or member sign-in; null if never"),
    recordsTotal: z
      .number()
      .int()
      .describe("bus-factor and quiet-team: how many records the person carries / the team answers for (`records` lists at most 100 / 20); 0 otherwise"),
  })
  .meta({ id: "OwnershipGap" });
export type TGapFinding = z.infer<typeof ZGapFinding>;

export const ZGapQuery = z.object({
  rule: ZGapRule.optional().describe("Only this rule's findings"),
  teamId: ZId.optional().describe("Only findings answerable by this team"),
  severity: ZGapSeverity.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TGapQuery = z.output<typeof ZGapQuery>;

export const ZOwnershipSettings = z
  .object({
    busFactorThreshold: z.number().int().min(1).max(1000).describe("N: more than N tier-0/1 systems per technical owner is a bus-factor finding"),
    staleDays: z.literal(STALE_DAYS),
    quietDays: z.literal(QUIET_DAYS),
  })
  .meta({ id: "OwnershipSettings" });
// One message for every way a value can miss (not a number, a fraction, out of range): the form shows it as is.
const inRange = fieldMessage("wholeNumberBetween", { min: 1, max: 1000 });
export const ZOwnershipSettingsUpdate = z
  .strictObject({ busFactorThreshold: z.number(inRange).int(inRange).min(1, inRange).max(1000, inRange) })
  .meta({ id: "OwnershipSettingsUpdate" });
export type TOwnershipSettings = z.infer<typeof ZOwnershipSettings>;
export type TOwnershipSettingsUpdate = z.infer<typeof ZOwnershipSettingsUpdate>;

export const ZOwnershipScore = z.object({
  score: z.number().min(0).max(100).describe("Tier-weighted share (%) of systems and interfaces with complete, live ownership"),
  weight: z.number().describe("Sum of tier weights of the records counted"),
  completeWeight: z.number(),
  records: z.number().int(),
  completeRecords: z.number().int(),
});
export type TOwnershipScore = z.infer<typeof ZOwnershipScore>;

export const ZOwnershipGaps = z
  .object({
    settings: ZOwnershipSettings,
    score: ZOwnershipScore,
    counts: z.array(z.object({ rule: ZGapRule, findings: z.number().int() })).describe("Every rule, with the team filter applied"),
    findings: zPage(ZGapFinding).describe("Sorted by severity, then tier, then name"),
  })
  .meta({ id: "OwnershipGaps" });
export type TOwnershipGaps = z.infer<typeof ZOwnershipGaps>;

/** The dashboard's view: the score and the findings per owning team (null: records without a team). */
export const ZOwnershipSummary = z
  .object({
    score: ZOwnershipScore,
    counts: z.array(z.object({ rule: ZGapRule, findings: z.number().int() })),
    byTeam: z.array(z.object({ team: ZRef.nullable(), score: ZOwnershipScore, findings: z.number().int() })),
  })
  .meta({ id: "OwnershipSummary" });
export type TOwnershipSummary = z.infer<typeof ZOwnershipSummary>;

/** POST /systems/{id}/confirm and /interfaces/{id}/confirm: "still accurate" as of the version read. */
export const ZConfirmRecord = z.strictObject({ version: ZVersion }).meta({ id: "ConfirmRecord" });
