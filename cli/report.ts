// What a write command prints: JSON (--json) for machines, or a short table of counts and the
// problems for people; and the exit code the result means.
import { IMPORT_ACTIONS, IMPORT_ENTITIES, type TImportResult } from "@/lib/schemas/interop";
import { hasWrites, totalCounts } from "@/lib/interop/import-view";
import { EXIT, type ExitCode } from "./exit-codes";

/** The counts as an aligned table, one row per kind of record, one column per action. */
export function countsTable(result: Pick<TImportResult, "counts">): string {
  const head = ["", ...IMPORT_ACTIONS];
  const rows = IMPORT_ENTITIES.map((e) => [e, ...IMPORT_ACTIONS.map((a) => String(result.counts[e][a]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}

/** A result for people: what was (or would be) done, the problems with file:line, and the batch. */
export function humanReport(title: string, result: TImportResult): string {
  const out = [`${title} — ${result.dryRun ? "dry run, nothing written" : result.applied ? "applied" : "NOT applied"} (mode ${result.mode})`, "", countsTable(result)];
  if (result.problems.length) {
    out.push("", `Problems (${result.problems.length}):`);
    for (const p of result.problems) {
      const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ""}  ` : "";
      out.push(`  ${where}${p.entity}${p.key ? ` ${p.key}` : ""}${p.field ? ` · ${p.field}` : ""}: ${p.message}`);
    }
  }
  const updates = result.changes.filter((c) => c.action === "update" || c.action === "delete" || c.action === "create");
  if (result.dryRun && updates.length) {
    out.push("", "Changes:");
    for (const c of updates.slice(0, 50)) {
      const fields = c.fields?.length ? `  (${c.fields.map((f) => f.field).join(", ")})` : "";
      out.push(`  ${c.action === "create" ? "+" : c.action === "delete" ? "-" : "~"} ${c.entity} ${c.key}${fields}`);
    }
    if (updates.length > 50) out.push(`  … and ${updates.length - 50} more (use --json for all)`);
  }
  if (result.batchId) out.push("", `Batch ${result.batchId}`);
  return out.join("\n");
}

/**
 * Problems reported → 2 (even if accept-valid wrote the valid records: CI should notice); a dry
 * run that would change something with --exit-code → 5; otherwise 0.
 */
export function exitForResult(result: TImportResult, o: { exitCode?: boolean }): ExitCode {
  if (result.problems.length || (!result.dryRun && !result.applied)) return EXIT.PROBLEMS;
  if (result.dryRun && o.exitCode && hasWrites(totalCounts(result))) return EXIT.CHANGES;
  return EXIT.OK;
}
