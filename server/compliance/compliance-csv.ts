import "server-only";
import type { TComplianceMatrix } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { csvFileName, toCsv } from "@/lib/csv";

/** The matrix as a spreadsheet: one row per record, one column per standard (by key); empty = not applicable. */
export function complianceCsv(matrix: TComplianceMatrix, subject: TSubjectType): Response {
  const header = ["key", "name", "team", "tier", "level", "score", "failing", ...matrix.standards.map((s) => s.key)];
  const rows = matrix.items.map((r) => [
    r.key, r.name, r.team?.name ?? "", r.tier, r.level, r.score, r.failing,
    ...matrix.standards.map((s) => r.results[s.id] ?? ""),
  ]);
  const name = csvFileName(`compliance-${subject.toLowerCase()}s`);
  return new Response(toCsv(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
