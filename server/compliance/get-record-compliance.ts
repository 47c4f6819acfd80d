import "server-only";
import { db } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TComplianceStatus, TRecordCompliance } from "@/lib/schemas/compliance";
import type { Result } from "@/lib/standards/evaluate-record";
import { AppError } from "@/server/http/app-error";
import { readStandardRefs } from "./read-standard-refs";
import { settleAllCompliance } from "./settle-compliance";

export type GetRecordComplianceOptions = { subjectType: TSubjectType; idOrKey: string };

// What to fix first: failing before passing, MUST before SHOULD before MAY.
const STATUS_RANK: Record<TComplianceStatus, number> = { FAIL: 0, EXPIRED: 0, NEEDS_ATTESTATION: 0, WAIVED: 1, PASS: 2, NOT_APPLICABLE: 3 };
const SEVERITY_RANK = { MUST: 0, SHOULD: 1, MAY: 2 } as const;

export async function getRecordCompliance({ subjectType, idOrKey }: GetRecordComplianceOptions): Promise<TRecordCompliance> {
  const where = { OR: [{ id: idOrKey }, { key: idOrKey }] };
  const found = subjectType === "SYSTEM"
    ? await db().system.findFirst({ where, select: { id: true } })
    : await db().interface.findFirst({ where, select: { id: true } });
  if (!found) throw AppError.notFound(subjectType === "SYSTEM" ? "System" : "Interface");
  await settleAllCompliance();
  const [record, standards] = await Promise.all([
    db().complianceRecord.findUnique({ where: { subjectType_subjectId: { subjectType, subjectId: found.id } } }),
    readStandardRefs({ appliesTo: subjectType }),
  ]);
  const stored = (record?.results ?? {}) as Record<string, Result>;
  const results = standards
    .filter((standard) => stored[standard.id])
    .map((standard) => ({ standard, status: stored[standard.id].s, reason: (stored[standard.id].r ?? null) as Record<string, unknown> | null }))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || SEVERITY_RANK[a.standard.severity] - SEVERITY_RANK[b.standard.severity]);
  return {
    subjectType,
    subjectId: found.id,
    level: record?.level ?? "NOT_RATED",
    score: record?.score ?? 100,
    failing: record?.failing ?? 0,
    applicable: record?.applicable ?? 0,
    evaluatedAt: (record?.evaluatedAt ?? new Date()).toISOString(),
    results,
  };
}
