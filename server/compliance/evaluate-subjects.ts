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
  const t0 = performance.now();
  const standards = await readActiveStandards({ tx, appliesTo: subjectType });
  const facts = await readComplianceFacts({ tx, subjectType, ids });
  const t1 = performance.now();
  const evaluations = new Map<string, RecordEvaluation>();
  for (const [id, f] of facts) evaluations.set(id, evaluateRecord({ subjectType, standards, now, ...f }));
  const t2 = performance.now();
  const written = await writeComplianceRecords({ tx, subjectType, evaluations, whole: ids === "all" });
  const t3 = performance.now();
  // Large evaluations say where their time went: the figures README's Performance section keeps.
  if (t3 - t0 > 500) {
    console.info(`[compliance] ${evaluations.size} ${subjectType.toLowerCase()}s × ${standards.length} standards in ${Math.round(t3 - t0)} ms ` +
      `(read ${Math.round(t1 - t0)}, evaluate ${Math.round(t2 - t1)}, write ${Math.round(t3 - t2)}: ${written} rows changed)`);
  }
  return evaluations.size;
}
