import "server-only";
import type { Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { RecordEvaluation } from "@/lib/standards/evaluate-record";

// One statement per chunk: a full evaluation of 60,000 records is a dozen statements, not 60,000.
const CHUNK = 5_000;

export type WriteComplianceRecordsOptions = { tx: Tx; subjectType: TSubjectType; evaluations: Map<string, RecordEvaluation> };

export async function writeComplianceRecords({ tx, subjectType, evaluations }: WriteComplianceRecordsOptions): Promise<void> {
  const rows = [...evaluations].map(([subjectId, e]) => ({
    subjectId,
    // NOT_APPLICABLE is what an absent entry means: most pairs are, so they are not stored.
    results: Object.fromEntries(Object.entries(e.results).filter(([, r]) => r.s !== "NOT_APPLICABLE")),
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
      ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET
        "results" = EXCLUDED."results", "level" = EXCLUDED."level", "score" = EXCLUDED."score", "failing" = EXCLUDED."failing",
        "applicable" = EXCLUDED."applicable", "validUntil" = EXCLUDED."validUntil", "evaluatedAt" = EXCLUDED."evaluatedAt"`;
  }
}
