import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db";
import { ZCheck, ZScope } from "@/lib/schemas/standard";
import type { StandardDef } from "@/lib/standards/evaluate-record";
import type { TSubjectType } from "@/lib/schemas/enums";

// Stored checks were validated on write; parsing again on read keeps a hand-edited row from
// reaching the evaluator in a shape it does not know (it is then skipped and logged, not a 500).
const ZStoredStandard = z.object({
  id: z.string(),
  severity: z.enum(["MUST", "SHOULD", "MAY"]),
  appliesTo: z.enum(["SYSTEM", "INTERFACE"]),
  scope: ZScope,
  check: ZCheck,
});

export type ReadActiveStandardsOptions = { tx: Tx; appliesTo: TSubjectType };

export async function readActiveStandards({ tx, appliesTo }: ReadActiveStandardsOptions): Promise<StandardDef[]> {
  const rows = await tx.standard.findMany({
    where: { active: true, appliesTo },
    select: { id: true, severity: true, appliesTo: true, scope: true, check: true },
    orderBy: { key: "asc" },
  });
  return rows.flatMap((row) => {
    const parsed = ZStoredStandard.safeParse(row);
    if (parsed.success) return [parsed.data];
    console.error(`[compliance] standard ${row.id} has a check or scope that does not parse; skipped`, parsed.error.issues);
    return [];
  });
}
