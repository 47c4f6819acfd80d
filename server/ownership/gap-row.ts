import "server-only";
import type { TGapRule } from "@/lib/schemas/ownership";
import { compareC } from "./ownership-rules";

export type TOwnerRole = "technicalOwner" | "businessOwner";
export type TMissing = "team" | TOwnerRole;
export type TUserRefRow = { id: string; name: string; email: string; active: boolean };

/** A finding before its details are read: enough to count, sort and page it. */
export type GapRow = {
  rule: TGapRule;
  subjectType: "SYSTEM" | "INTERFACE" | "TEAM" | "USER";
  id: string;
  key: string | null;
  name: string;
  /** The record's tier (records only). */
  tier: number | null;
  /** Severity and order: the record's tier, a team's most critical record, a person's most critical system. */
  sortTier: number;
  teamId: string | null;
  missing: TMissing[];
  /** deactivated-owner: the record's own deactivated owners. */
  offOwners: { role: TOwnerRole; userId: string }[];
  /** bus-factor: the person. */
  person: TUserRefRow | null;
  recordsTotal: number;
  lastActivityAt: Date | null;
};

/** Severity → tier → name (then id and rule, so pages are stable); see compareC for the collation. */
export function compareGapRows(a: GapRow, b: GapRow): number {
  return a.sortTier - b.sortTier || compareC(a.name, b.name) || compareC(a.id, b.id) || compareC(a.rule, b.rule);
}
