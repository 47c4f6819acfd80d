import "server-only";
import type { Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import { evaluateRecord, type RecordEvaluation } from "@/lib/standards/evaluate-record";
import { readActiveStandards } from "./read-active-standards";
import { readComplianceFacts } from "./read-compliance-facts";
import { writeComplianceRecords } from "./write-compliance-records";

export type EvaluateSubjectsOptions = { tx: Tx; subjectType: TSubjectType; ids: string[] | "all"; now?: number };

/** Reads, evaluates and stores the results of these records (or all of the type). */
export async function evaluateSubjects({ tx, subjectType, ids, now = Date.now() }: EvaluateSubjectsOptions): Promise<number> {
  if (ids !== "all" && ids.length === 0) return 0;
  const [standards, facts] = await Promise.all([
    readActiveStandards({ tx, appliesTo: subjectType }),
    readComplianceFacts({ tx, subjectType, ids }),
  ]);
  const evaluations = new Map<string, RecordEvaluation>();
  for (const [id, f] of facts) evaluations.set(id, evaluateRecord({ subjectType, standards, now, ...f }));
  if (ids === "all") {
    // Records gone since (deleted) keep no row: the delete trigger removed it already.
    await tx.$executeRaw`DELETE FROM "ComplianceRecord" WHERE "subjectType" = ${subjectType}::"SubjectType"`;
  }
  await writeComplianceRecords({ tx, subjectType, evaluations });
  return evaluations.size;
}
