import "server-only";
import { db } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TStandardRef } from "@/lib/schemas/compliance";
import type { TStandardText } from "@/lib/schemas/standard";

export type ReadStandardRefsOptions = { appliesTo: TSubjectType };

const SEVERITY_RANK = { MUST: 0, SHOULD: 1, MAY: 2 } as const;

/** The active standards of a record type, MUST first then by key: the matrix's columns. */
export async function readStandardRefs({ appliesTo }: ReadStandardRefsOptions): Promise<TStandardRef[]> {
  const rows = await db().standard.findMany({
    where: { active: true, appliesTo },
    select: { id: true, key: true, text: true, category: true, severity: true, checkKind: true },
  });
  return rows
    .map((r) => ({ ...r, text: r.text as TStandardText }))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.key.localeCompare(b.key));
}
