import "server-only";
// The one import engine (issue 12): every way in (Backstage files, CSV/xlsx, the bulk API,
// `junction apply`) maps its input to records and calls this. Load what exists (a few set-based
// reads), plan (pure), and, unless it is a dry run or all-or-nothing met a problem, write the
// plan in one transaction with its audit entries, keeping the batch's progress readable outside it.
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { ImportSource } from "@/server/generated/prisma/enums";
import { analyzeEstateTables } from "@/server/import/import-estate";
import { sqlTransaction } from "@/server/db-sql-transaction";
import { newId } from "@/server/import/new-id";
import type { TImportProblem, TImportRecords, TImportResult } from "@/lib/schemas/interop";
import { attachImportContracts } from "./attach-import-contracts";
import { checkImportContracts } from "./check-import-contracts";
import { loadExisting } from "./load-existing";
import { actionOf } from "./plan-item";
import { planRecords } from "./plan-records";
import { batchIdTaken, recordBatchProgress } from "./record-batch-progress";
import { writeRecords } from "./write-records";

export type ImportRecordsOptions = {
  actor: Actor;
  source: ImportSource;
  /** File names, "bulk API", "apply team-a": what the person chose. */
  label: string;
  /** Already validated and mapped. */
  records: TImportRecords;
  options: { mode: "all-or-nothing" | "accept-valid"; dryRun: boolean; batchId?: string };
  /** Problems the caller found while reading; in all-or-nothing mode any of them stops the write. */
  problems?: TImportProblem[];
  /** Apply only: delete that team's systems/interfaces missing from records. */
  prune?: { team: string };
};

// Past this many written records the planner's statistics are refreshed, as after a seed.
const ANALYZE_ABOVE = 1000;

export async function importRecords(o: ImportRecordsOptions): Promise<TImportResult> {
  const { mode, dryRun, batchId } = o.options;
  // A taken id is refused before any work, not after a long plan.
  if (batchId && !dryRun && (await db().importBatch.findUnique({ where: { id: batchId }, select: { id: true } }))) throw batchIdTaken();
  const existing = await loadExisting({ records: o.records, prune: o.prune });
  const badContracts = await checkImportContracts({ records: o.records, existing });
  const plan = planRecords({ existing, records: o.records, newId, badContracts, prune: o.prune });
  const problems = [...(o.problems ?? []), ...plan.problems];
  const result = (applied: boolean, id: string | null): TImportResult => ({
    batchId: id, dryRun, mode, applied, counts: plan.counts, changes: plan.changes, problems,
  });
  if (dryRun || (mode === "all-or-nothing" && problems.length > 0)) return result(false, null);

  const writes = plan.items.filter((i) => ["create", "update", "delete"].includes(actionOf(i)));
  // Nothing to change (a re-import): no batch, no audit entry, nothing written.
  if (writes.length === 0) return result(true, null);

  const total = plan.items.length;
  const batch = await recordBatchProgress({ actor: o.actor, source: o.source, label: o.label, mode, total, done: total - writes.length, batchId });
  const summary = { source: o.source, label: o.label, mode, counts: plan.counts };
  try {
    await sqlTransaction((sql) => writeRecords({ sql, actor: o.actor, batchId: batch.id, items: writes, batch: summary, onProgress: batch.advance }));
  } catch (error) {
    await batch.finish({ state: "FAILED", summary, problems }).catch((e) => console.error("[import] could not mark the batch failed", e));
    throw error;
  }
  // Contracts are parsed and linted outside the transaction (seconds each for large ones), as PUT /contract does.
  problems.push(...(await attachImportContracts({ actor: o.actor, batchId: batch.id, items: writes })));
  await batch.finish({ state: "APPLIED", summary, problems });
  if (writes.length > ANALYZE_ABOVE) await analyzeEstateTables(db());
  return result(true, batch.id);
}
