import "server-only";
import type { Tx } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { RecordEvaluation } from "@/lib/standards/evaluate-record";

// One statement per chunk: a full evaluation of 60,000 records is a dozen statements, not 60,000.
const CHUNK = 5_000;

type Row = {
  subjectId: string; results: Record<string, string>; level: string; score: number; failing: number; applicable: number;
  validUntil: string | null; digest: number;
};

/** FNV-1a, 32 bits, as a signed int (the column is a PostgreSQL integer). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function toRow(subjectId: string, e: RecordEvaluation): Row {
  // Statuses only, and NOT_APPLICABLE is what an absent entry means: a full evaluation writes a
  // few MB instead of ~50 MB of reasons (a record's reasons are recomputed when it is shown:
  // get-record-compliance.ts).
  const results: Record<string, string> = {};
  for (const id of Object.keys(e.results).sort()) if (e.results[id].s !== "NOT_APPLICABLE") results[id] = e.results[id].s;
  const validUntil = e.validUntil === null ? null : new Date(e.validUntil).toISOString();
  const digest = fnv1a(JSON.stringify([results, e.level, e.score, e.failing, e.applicable, validUntil]));
  return { subjectId, results, level: e.level, score: e.score, failing: e.failing, applicable: e.applicable, validUntil, digest };
}

export type WriteComplianceRecordsOptions = {
  tx: Tx;
  subjectType: TSubjectType;
  evaluations: Map<string, RecordEvaluation>;
  /** Every record of the type was evaluated (a standard changed, an import). */
  whole?: boolean;
};

/**
 * Stores the evaluations. After a whole type was evaluated only the rows whose digest changed are written: a
 * standard's edit re-evaluates every record of its type but usually changes few of them, and
 * writing 50,000 unchanged rows cost 2.5 s (README, Performance). Records deleted since keep no
 * row (their delete trigger removed it). Returns how many rows were written.
 */
export async function writeComplianceRecords({ tx, subjectType, evaluations, whole = false }: WriteComplianceRecordsOptions): Promise<number> {
  const all = [...evaluations].map(([subjectId, e]) => toRow(subjectId, e));
  // A write of a few records (an edit) upserts them: reading their digests first would be one more
  // query on every edit to save one cheap upsert. The upsert leaves an unchanged row alone, so an
  // edit that changes no result marks no snapshot stale (prisma/migrations/*_snapshot_stale).
  const stored = whole
    ? await tx.$queryRaw<{ subjectId: string; digest: number }[]>`
        SELECT "subjectId", "digest" FROM "ComplianceRecord" WHERE "subjectType" = ${subjectType}::"SubjectType"`
    : [];
  const known = new Map(stored.map((r) => [r.subjectId, r.digest]));
  const changed = all.filter((row) => known.get(row.subjectId) !== row.digest);
  // Most rows changed (a standard paused, a new one): replacing the type's rows with plain inserts
  // is cheaper than upserting each (2.5 against 2.8–4.6 s at 50,000).
  const replace = whole && changed.length > all.length / 2;
  if (replace) await tx.$executeRaw`DELETE FROM "ComplianceRecord" WHERE "subjectType" = ${subjectType}::"SubjectType"`;
  const rows = replace ? all : changed;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await tx.$executeRaw`
      INSERT INTO "ComplianceRecord" ("subjectType", "subjectId", "results", "level", "score", "failing", "applicable", "validUntil", "digest", "evaluatedAt")
      SELECT ${subjectType}::"SubjectType", r."subjectId", r."results", r."level"::"ComplianceLevel", r."score", r."failing",
             r."applicable", r."validUntil", r."digest", now()
        FROM jsonb_to_recordset(${json}::jsonb)
          AS r("subjectId" text, "results" jsonb, "level" text, "score" int, "failing" int, "applicable" int, "validUntil" timestamptz, "digest" int)
      ${replace ? Prisma.empty : UPSERT}`;
  }
  return rows.length;
}

const UPSERT = Prisma.sql`ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET
        "results" = EXCLUDED."results", "level" = EXCLUDED."level", "score" = EXCLUDED."score", "failing" = EXCLUDED."failing",
        "applicable" = EXCLUDED."applicable", "validUntil" = EXCLUDED."validUntil", "digest" = EXCLUDED."digest",
        "evaluatedAt" = EXCLUDED."evaluatedAt"
      WHERE "ComplianceRecord"."digest" IS DISTINCT FROM EXCLUDED."digest"`;
