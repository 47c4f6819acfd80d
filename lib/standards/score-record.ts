// A record's maturity level and score from its applicable results.
// Bronze: every MUST passes; Silver: and every SHOULD; Gold: every standard. A waiver counts as a
// pass (that is what it grants); NONE when a MUST fails; NOT_RATED when nothing applies.
import type { TComplianceLevel, TStandardSeverity } from "@/lib/schemas/enums";

export type RecordScore = { level: TComplianceLevel; score: number; failing: number; applicable: number };

const WEIGHT: Record<TStandardSeverity, number> = { MUST: 3, SHOULD: 2, MAY: 1 };
const PASSING = new Set(["PASS", "WAIVED"]);

export function scoreRecord(applicable: readonly { severity: TStandardSeverity; status: string }[]): RecordScore {
  if (applicable.length === 0) return { level: "NOT_RATED", score: 100, failing: 0, applicable: 0 };
  const failed = { MUST: 0, SHOULD: 0, MAY: 0 };
  let total = 0;
  let passed = 0;
  for (const { severity, status } of applicable) {
    total += WEIGHT[severity];
    if (PASSING.has(status)) passed += WEIGHT[severity];
    else failed[severity] += 1;
  }
  const level: TComplianceLevel = failed.MUST ? "NONE" : failed.SHOULD ? "BRONZE" : failed.MAY ? "SILVER" : "GOLD";
  return {
    level,
    score: Math.round((100 * passed) / total),
    failing: failed.MUST + failed.SHOULD + failed.MAY,
    applicable: applicable.length,
  };
}

/** Levels in order, for "at least Silver". */
export const LEVEL_RANK: Record<TComplianceLevel, number> = { NOT_RATED: -1, NONE: 0, BRONZE: 1, SILVER: 2, GOLD: 3 };
