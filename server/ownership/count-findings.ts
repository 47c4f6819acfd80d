import "server-only";
import { GAP_RULES, type TGapRule } from "@/lib/schemas/ownership";
import type { GapRow } from "./gap-row";
import type { RecordGroup } from "./read-record-groups";

export type CountFindingsOptions = {
  groups: readonly RecordGroup[];
  subjects: readonly GapRow[];
  /** Only findings whose sort tier is one of these (a severity filter). */
  tiers?: readonly number[];
};

function recordCount(g: RecordGroup, rule: TGapRule): number {
  switch (rule) {
    case "system-unowned":
      return g.type === "SYSTEM" ? g.unowned : 0;
    case "interface-unowned":
      return g.type === "INTERFACE" ? g.unowned : 0;
    case "deactivated-owner":
      return g.deactivated;
    case "stale":
      return g.stale;
    default:
      return 0;
  }
}

/** Findings per rule, every rule listed (zero included), from the aggregates and the subject findings. */
export function countFindings({ groups, subjects, tiers }: CountFindingsOptions): { rule: TGapRule; findings: number }[] {
  const keep = (tier: number) => !tiers || tiers.includes(tier);
  const counts = new Map<TGapRule, number>(GAP_RULES.map((r) => [r, 0]));
  for (const g of groups) {
    if (!keep(g.tier)) continue;
    for (const rule of GAP_RULES) counts.set(rule, counts.get(rule)! + recordCount(g, rule));
  }
  for (const s of subjects) if (keep(s.sortTier)) counts.set(s.rule, counts.get(s.rule)! + 1);
  return GAP_RULES.map((rule) => ({ rule, findings: counts.get(rule)! }));
}
