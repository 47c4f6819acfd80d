import "server-only";
import { db, type Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import { evaluateSubjects } from "./evaluate-subjects";

const WHOLE_TYPE_ABOVE = 5_000;

type Dirty = { subjectType: TSubjectType; subjectId: string };

// Triggers on every input table (records, standards, waivers, attestations, contracts) mark the
// records to recompute in "ComplianceDirty"; results of waivers and attestations also lapse by
// themselves ("validUntil"). Two ways to settle:
//  - "own": inside a write's transaction, only the rows this transaction marked (their txid is
//    ours: the triggers upsert it), so an edit's results commit with the edit;
//  - "all": before a read, everything still marked or lapsed (imports, bulk writes, a clock that
//    moved on), in its own transaction. Two instances settling at once serialise on the marked
//    rows' locks; the second finds nothing left and reads the first one's results.
async function takeDirty(tx: Tx, scope: "own" | "all"): Promise<Dirty[]> {
  if (scope === "own") {
    return tx.$queryRaw<Dirty[]>`DELETE FROM "ComplianceDirty" WHERE "txid" = (pg_current_xact_id()::text)::bigint
      RETURNING "subjectType"::text AS "subjectType", "subjectId"`;
  }
  const dirty = await tx.$queryRaw<Dirty[]>`DELETE FROM "ComplianceDirty" RETURNING "subjectType"::text AS "subjectType", "subjectId"`;
  const lapsed = await tx.$queryRaw<Dirty[]>`SELECT "subjectType"::text AS "subjectType", "subjectId" FROM "ComplianceRecord"
    WHERE "validUntil" <= now() FOR UPDATE`;
  return [...dirty, ...lapsed];
}

async function settle(tx: Tx, scope: "own" | "all"): Promise<number> {
  const dirty = await takeDirty(tx, scope);
  let evaluated = 0;
  for (const subjectType of ["SYSTEM", "INTERFACE"] as const) {
    const ofType = dirty.filter((d) => d.subjectType === subjectType);
    if (ofType.length === 0) continue;
    // Past a few thousand records (an import) one pass over the whole type is cheaper than a list of ids.
    const whole = ofType.length > WHOLE_TYPE_ABOVE || ofType.some((d) => d.subjectId === "*");
    const ids = whole ? "all" : [...new Set(ofType.map((d) => d.subjectId))];
    evaluated += await evaluateSubjects({ tx, subjectType, ids });
  }
  return evaluated;
}

export type SettleComplianceOptions = { tx: Tx };

/** In a write's transaction, after the write: recompute what it changed. */
export async function settleOwnCompliance({ tx }: SettleComplianceOptions): Promise<number> {
  return settle(tx, "own");
}

const SETTLE_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** Before a compliance read: recompute whatever is still marked or has lapsed. */
export async function settleAllCompliance(): Promise<number> {
  // Most reads find nothing to do: one indexed probe each, without opening a transaction.
  const [{ pending }] = await db().$queryRaw<{ pending: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "ComplianceDirty")
    OR EXISTS (SELECT 1 FROM "ComplianceRecord" WHERE "validUntil" <= now()) AS "pending"`;
  if (!pending) return 0;
  return db().$transaction((tx) => settle(tx, "all"), SETTLE_TRANSACTION);
}
