import "server-only";
import { db, type Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TComplianceStatus, TRecordCompliance } from "@/lib/schemas/compliance";
import { evaluateRecord } from "@/lib/standards/evaluate-record";
import { AppError } from "@/server/http/app-error";
import { readActiveStandards } from "./read-active-standards";
import { readComplianceFacts } from "./read-compliance-facts";
import { readStandardRefs } from "./read-standard-refs";
import { settleAllCompliance } from "./settle-compliance";

export type GetRecordComplianceOptions = { subjectType: TSubjectType; idOrKey: string };

// What to fix first: failing before passing, MUST before SHOULD before MAY.
const STATUS_RANK: Record<TComplianceStatus, number> = { FAIL: 0, EXPIRED: 0, NEEDS_ATTESTATION: 0, WAIVED: 1, PASS: 2, NOT_APPLICABLE: 3 };
const SEVERITY_RANK = { MUST: 0, SHOULD: 1, MAY: 2 } as const;

/**
 * One record's results with their reasons. Evaluated here from the same inputs the stored row was
 * computed from (the stored row keeps statuses only, for the matrix and the counts), in one
 * read-only snapshot so the record, its ends, waivers and attestations agree with each other.
 */
export async function getRecordCompliance({ subjectType, idOrKey }: GetRecordComplianceOptions): Promise<TRecordCompliance> {
  const where = { OR: [{ id: idOrKey }, { key: idOrKey }] };
  const found = subjectType === "SYSTEM"
    ? await db().system.findFirst({ where, select: { id: true } })
    : await db().interface.findFirst({ where, select: { id: true } });
  if (!found) throw AppError.notFound(subjectType === "SYSTEM" ? "system" : "interface");
  // The stored row (the matrix, the counts) is brought up to date as by any compliance read.
  await settleAllCompliance();
  const now = Date.now();
  const [evaluation, refs] = await Promise.all([
    db().$transaction(async (tx: Tx) => {
      const [standards, facts] = await Promise.all([
        readActiveStandards({ tx, appliesTo: subjectType }),
        readComplianceFacts({ tx, subjectType, ids: [found.id] }),
      ]);
      const f = facts.get(found.id);
      return f && evaluateRecord({ subjectType, standards, now, ...f });
    }, { isolationLevel: "RepeatableRead" }),
    readStandardRefs({ appliesTo: subjectType }),
  ]);
  if (!evaluation) throw AppError.notFound(subjectType === "SYSTEM" ? "system" : "interface");
  const results = refs
    .filter((standard) => evaluation.results[standard.id] && evaluation.results[standard.id].s !== "NOT_APPLICABLE")
    .map((standard) => {
      const r = evaluation.results[standard.id];
      return { standard, status: r.s, reason: (r.r ?? null) as Record<string, unknown> | null };
    })
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || SEVERITY_RANK[a.standard.severity] - SEVERITY_RANK[b.standard.severity]);
  const { level, score, failing, applicable } = evaluation;
  return { subjectType, subjectId: found.id, level, score, failing, applicable, evaluatedAt: new Date(now).toISOString(), results };
}
