import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { RecordEvaluation } from "@/lib/standards/evaluate-record";

// One statement per chunk: a full evaluation of 60,000 records is a dozen statements, not 60,000.
const CHUNK = 5_000;

function statuses(results: RecordEvaluation["results"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id in results) if (results[id].s !== "NOT_APPLICABLE") out[id] = results[id].s;
  return out;
}

export type WriteComplianceRecordsOptions = {
  tx: Tx;
  subjectType: TSubjectType;
  evaluations: Map<string, RecordEvaluation>;
  /** Every record of the type: the old rows are replaced (plain inserts, no conflict checks). */
  whole?: boolean;
};

export async function writeComplianceRecords({ tx, subjectType, evaluations, whole = false }: WriteComplianceRecordsOptions): Promise<void> {
  // Records deleted since keep no row (their delete trigger removed it already).
  if (whole) await tx.$executeRaw`DELETE FROM "ComplianceRecord" WHERE "subjectType" = ${subjectType}::"SubjectType"`;
  const rows = [...evaluations].map(([subjectId, e]) => ({
    subjectId,
    // Statuses only, and NOT_APPLICABLE is what an absent entry means: a full evaluation writes a
    // few MB instead of ~50 MB of reasons (a record's reasons are recomputed when it is shown:
    // get-record-compliance.ts).
    results: statuses(e.results),
    level: e.level,
    score: e.score,
    failing: e.failing,
    applicable: e.applicable,
    validUntil: e.validUntil === null ? null : new Date(e.validUntil).toISOString(),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await tx.$executeRaw`
      INSERT INTO "ComplianceRecord" ("subjectType", "subjectId", "results", "level", "score", "failing", "applicable", "validUntil", "evaluatedAt")
      SELECT ${subjectType}::"SubjectType", r."subjectId", r."results", r."level"::"ComplianceLevel", r."score", r."failing",
             r."applicable", r."validUntil", now()
        FROM jsonb_to_recordset(${json}::jsonb)
          AS r("subjectId" text, "results" jsonb, "level" text, "score" int, "failing" int, "applicable" int, "validUntil" timestamptz)
      ${whole ? Prisma.empty : UPSERT}`;
  }
}

const UPSERT = Prisma.sql`ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET
        "results" = EXCLUDED."results", "level" = EXCLUDED."level", "score" = EXCLUDED."score", "failing" = EXCLUDED."failing",
        "applicable" = EXCLUDED."applicable", "validUntil" = EXCLUDED."validUntil", "evaluatedAt" = EXCLUDED."evaluatedAt"`;
