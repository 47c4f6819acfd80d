import "server-only";
import type { TOwnershipScore } from "@/lib/schemas/ownership";
import { tierWeight } from "./ownership-rules";
import type { RecordGroup } from "./read-record-groups";

/** The tier-weighted share of records with complete, live ownership (ownership-rules.ts). */
export function computeScore(groups: readonly Pick<RecordGroup, "tier" | "records" | "complete">[]): TOwnershipScore {
  let weight = 0;
  let completeWeight = 0;
  let records = 0;
  let completeRecords = 0;
  for (const g of groups) {
    weight += tierWeight(g.tier) * g.records;
    completeWeight += tierWeight(g.tier) * g.complete;
    records += g.records;
    completeRecords += g.complete;
  }
  // Nothing to own is nothing missing.
  const score = weight === 0 ? 100 : (completeWeight / weight) * 100;
  return { score, weight, completeWeight, records, completeRecords };
}
