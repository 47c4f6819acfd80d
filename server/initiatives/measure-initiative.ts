import "server-only";
import { db } from "@/server/db";
import type { TInitiative } from "@/lib/schemas/initiative";
import { atTarget, initiativeFrom } from "./initiative-scope-sql";
import type { InitiativeRow } from "./initiative-select";
import type { TScope } from "@/lib/schemas/standard";

export type MeasureInitiativeOptions = { initiative: Pick<InitiativeRow, "appliesTo" | "scope" | "targetLevel"> };

const ratio = (atTargetCount: number, total: number) => (total ? atTargetCount / total : 1);

/** Records in scope and how many are at or above the target level, now. */
export async function measureInitiative({ initiative: i }: MeasureInitiativeOptions): Promise<TInitiative["progress"]> {
  const [row] = await db().$queryRaw<{ total: number; atTarget: number }[]>`
    SELECT count(*)::int AS "total", (count(*) FILTER (WHERE ${atTarget(i.targetLevel)}))::int AS "atTarget"
    ${initiativeFrom(i.appliesTo, i.scope as TScope)}`;
  return { ...row, ratio: ratio(row.atTarget, row.total) };
}
