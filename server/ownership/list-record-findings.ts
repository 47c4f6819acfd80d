import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TRecordRule } from "./ownership-rules";
import type { GapRow, TMissing, TOwnerRole } from "./gap-row";
import { recordFactsSql } from "./record-facts-sql";

export type ListRecordFindingsOptions = {
  teamId: string | null;
  rules: readonly TRecordRule[];
  /** Only records of these tiers (a severity filter); null for all. */
  tiers: readonly number[] | null;
  /** The first `limit` findings in page order. */
  limit: number;
};

type Row = {
  rule: TRecordRule; type: "SYSTEM" | "INTERFACE"; id: string; key: string; name: string; tier: number; teamId: string | null;
  techId: string | null; bizId: string | null; noTeam: boolean; noTech: boolean; noBiz: boolean;
  techOff: boolean; bizOff: boolean; lastActivityAt: Date | null;
};

// Each rule as a filter on the facts: ORed into the WHERE clause, PostgreSQL pushes it into the
// scans, so one rule reads only what can match (stale, for one, can use the updatedAt indexes).
const RULE_FILTER: Record<TRecordRule, Prisma.Sql> = {
  "system-unowned": Prisma.sql`(r.type = 'SYSTEM' AND (r.no_team OR r.no_tech OR r.no_biz))`,
  "interface-unowned": Prisma.sql`(r.type = 'INTERFACE' AND (r.no_team OR r.no_tech))`,
  "deactivated-owner": Prisma.sql`(r.tech_off OR r.biz_off)`,
  stale: Prisma.sql`r.stale`,
};

function toGapRow(r: Row): GapRow {
  const missing: TMissing[] = [];
  const offOwners: { role: TOwnerRole; userId: string }[] = [];
  if (r.rule === "system-unowned" || r.rule === "interface-unowned") {
    if (r.noTeam) missing.push("team");
    if (r.noTech) missing.push("technicalOwner");
    if (r.noBiz) missing.push("businessOwner");
  }
  if (r.rule === "deactivated-owner") {
    if (r.techOff && r.techId) offOwners.push({ role: "technicalOwner", userId: r.techId });
    if (r.bizOff && r.bizId) offOwners.push({ role: "businessOwner", userId: r.bizId });
  }
  return {
    rule: r.rule, subjectType: r.type, id: r.id, key: r.key, name: r.name, tier: r.tier, sortTier: r.tier,
    teamId: r.teamId, missing, offOwners, person: null, recordsTotal: 0,
    lastActivityAt: r.rule === "stale" ? r.lastActivityAt : null,
  };
}

const ALL_TIERS = [0, 1, 2, 3];

async function readTier(teamId: string | null, rules: readonly TRecordRule[], tier: number, limit: number): Promise<Row[]> {
  return db().$queryRaw<Row[]>`
    SELECT f.rule, r.type, r.id, r.key, r.name, r.tier::int AS tier, r.team_id AS "teamId",
           r.tech_id AS "techId", r.biz_id AS "bizId", r.no_team AS "noTeam", r.no_tech AS "noTech", r.no_biz AS "noBiz",
           r.tech_off AS "techOff", r.biz_off AS "bizOff", r.last_at AS "lastActivityAt"
      FROM (${recordFactsSql(teamId)}) r
     CROSS JOIN LATERAL (VALUES
           (CASE WHEN r.no_team OR r.no_tech OR r.no_biz THEN CASE WHEN r.type = 'SYSTEM' THEN 'system-unowned' ELSE 'interface-unowned' END END),
           (CASE WHEN r.tech_off OR r.biz_off THEN 'deactivated-owner' END),
           (CASE WHEN r.stale THEN 'stale' END)) AS f(rule)
     WHERE r.tier = ${tier}
       AND (${Prisma.join(rules.map((rule) => RULE_FILTER[rule]), " OR ")})
       AND f.rule = ANY(${[...rules]}::text[])
     ORDER BY r.name COLLATE "C", r.id COLLATE "C", f.rule COLLATE "C"
     LIMIT ${limit}`;
}

/**
 * The first `limit` findings about systems and interfaces in page order (tier, then name in the
 * "C" collation; see compareC). A record with several gaps yields one finding per rule. Read one
 * tier at a time, most critical first, stopping once the page is filled: the first pages (what
 * people look at) then read only the few tier-0/1 records, through the (tier, name) indexes,
 * instead of sorting the whole estate.
 */
export async function listRecordFindings({ teamId, rules, tiers, limit }: ListRecordFindingsOptions): Promise<GapRow[]> {
  if (rules.length === 0 || limit === 0) return [];
  const rows: Row[] = [];
  for (const tier of ALL_TIERS) {
    if (tiers && !tiers.includes(tier)) continue;
    rows.push(...(await readTier(teamId, rules, tier, limit - rows.length)));
    if (rows.length >= limit) break;
  }
  return rows.map(toGapRow);
}
