import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TContractVersion, TSeverityCounts } from "@/lib/schemas/contract";
import type { RuleCounts } from "@/lib/standards/evaluate-record";
import { userRefSelect } from "@/server/shared/ref-select";

/** A version without its text and findings: what lists, diffs and the audit show. */
export const contractVersionSelect = {
  id: true, interfaceId: true, number: true, format: true, specVersion: true, title: true, sha256: true,
  sizeBytes: true, fileName: true, createdAt: true, lintedAt: true, ruleCounts: true,
  createdBy: { select: userRefSelect },
} satisfies Prisma.ContractVersionSelect;

type Row = Prisma.ContractVersionGetPayload<{ select: typeof contractVersionSelect }>;

/** Findings by severity, summed over the rules. */
export function severityCounts(ruleCounts: unknown): TSeverityCounts {
  const counts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const byRule of Object.values((ruleCounts ?? {}) as RuleCounts)) {
    for (const severity of ["error", "warn", "info", "hint"] as const) counts[severity] += byRule[severity] ?? 0;
  }
  return counts;
}

export function toContractVersion({ ruleCounts, createdAt, lintedAt, format, ...row }: Row): TContractVersion {
  return {
    ...row,
    // Only OpenAPI and AsyncAPI documents are ever stored as versions (parseContract).
    format: format as TContractVersion["format"],
    createdAt: createdAt.toISOString(),
    lintedAt: lintedAt?.toISOString() ?? null,
    counts: severityCounts(ruleCounts),
  };
}

/** Version metadata for an audit entry: what changed, never the document itself. */
export const auditSnapshot = (v: TContractVersion) => ({
  number: v.number, format: v.format, specVersion: v.specVersion, title: v.title, sha256: v.sha256,
  sizeBytes: v.sizeBytes, fileName: v.fileName, counts: v.counts,
});
