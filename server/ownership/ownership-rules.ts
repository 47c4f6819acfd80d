// Ownership health: the product's rules. The engine (this folder) implements exactly these; the
// contract is lib/schemas/ownership.ts, the page /ownership, the API /api/v1/ownership/*.
//
// Records are systems and interfaces. RETIRED records are left out of everything below: they need
// no owner, and their edits say nothing about who looks after the live estate.
//
// Effective ownership. A system's team and owners are its own. An interface's team and technical
// owner are its own, or, for each one it leaves empty, its provider system's ("inherited"), so an
// interface without an owner but with an owned provider is not unowned. Interfaces have no
// business owner.
//
// Complete, live ownership. A system needs a team, a technical owner and a business owner; an
// interface a team and a technical owner (effective). Every owner person must be active, and the
// team must have at least one active member.
//
// Score = Σ weight(tier) of complete records / Σ weight(tier) of all records × 100, with
// TIER_WEIGHTS (tier 0 counts 8×, tier 3 once). No records at all scores 100: nothing is missing.
//
// The rules (one finding per subject and rule; "answerable team" is the finding's `team`, and the
// teamId filter keeps the findings of that team):
// - system-unowned / interface-unowned: a field of complete ownership is empty (team, technical
//   owner and, for systems, business owner; after inheritance for interfaces); `missing` lists
//   them. The issue names "no team or no technical owner"; a missing business owner is reported
//   too, so that every record the score counts as incomplete carries a finding that explains it.
//   Answerable: the record's effective team (null when it has none).
// - deactivated-owner: a record's OWN technical or business owner is deactivated; `owners` lists
//   them. An interface that inherits a deactivated owner is not reported again: the fix belongs
//   to the provider system, which has its own finding.
// - team-no-active-member: a team none of whose members is active (or that has none).
// - team-no-lead: a team with no active LEAD member.
// - bus-factor: an active person who is technical owner of more than N (setting
//   "ownership.busFactorThreshold", default 3) non-retired tier-0/1 systems; `records` lists them.
//   Answerable: the team owning most of those systems (ties: the first by id).
// - stale: max(updatedAt, reviewedAt) is more than STALE_DAYS ago. Every write moves updatedAt,
//   and "confirm still accurate" moves both; lastActivityAt = that instant.
// - quiet-team: a team with at least one member where no member signed in, and none of the
//   records it answers for (effective team) was edited or confirmed, within QUIET_DAYS. A team
//   that owns nothing and whose members never signed in is quiet too. lastActivityAt = the
//   latest of those instants (null when there is none).
//
// Severity: by the tier of the record, 0–1 high, 2 medium, 3 low. Teams take the tier of the most
// critical record they answer for (low when they answer for none); a bus-factor person is high.
// Findings are sorted by severity, then that tier, then name.
import { TIER_WEIGHTS, type TGapRule } from "@/lib/schemas/ownership";

export type TSeverity = "high" | "medium" | "low";

/** Findings about systems and interfaces, found by one scan of the records. */
export const RECORD_RULES = ["system-unowned", "interface-unowned", "deactivated-owner", "stale"] as const satisfies readonly TGapRule[];
export type TRecordRule = (typeof RECORD_RULES)[number];

export const isRecordRule = (rule: TGapRule): rule is TRecordRule => (RECORD_RULES as readonly string[]).includes(rule);

/** Where N lives in the Setting table. */
export const BUS_FACTOR_SETTING_KEY = "ownership.busFactorThreshold";
export const DEFAULT_BUS_FACTOR_THRESHOLD = 3;

/** At most this many records are listed on a quiet-team / bus-factor finding (recordsTotal has the count). */
export const QUIET_TEAM_RECORDS_LIMIT = 20;
export const BUS_FACTOR_RECORDS_LIMIT = 100;

/** The sort tier of a team that answers for no record: after every real tier. */
export const NO_TIER = 4;

export function severityOfTier(tier: number): TSeverity {
  if (tier <= 1) return "high";
  return tier === 2 ? "medium" : "low";
}

/** The tiers a severity filter keeps (records carry their severity through their tier). */
export const TIERS_OF_SEVERITY: Record<TSeverity, number[]> = { high: [0, 1], medium: [2], low: [3, NO_TIER] };

export const tierWeight = (tier: number) => TIER_WEIGHTS[tier] ?? 0;

/**
 * PostgreSQL's "C" collation order (byte order of UTF-8, i.e. code point order): record pages come
 * sorted from SQL with COLLATE "C" and are merged here with the team and person findings, so both
 * sides must agree exactly or findings would repeat or vanish at page boundaries.
 */
export function compareC(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
