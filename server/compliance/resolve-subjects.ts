import "server-only";
import { db } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import { refSelect } from "@/server/shared/ref-select";

type Ref = { id: string; key: string; name: string };

/** Names the records a list of waivers or attestations points at, in two queries whatever its length. */
export async function resolveSubjects(rows: readonly { subjectType: TSubjectType; subjectId: string }[]): Promise<Map<string, Ref>> {
  const ids = (type: TSubjectType) => [...new Set(rows.filter((r) => r.subjectType === type).map((r) => r.subjectId))];
  const [systems, interfaces] = await Promise.all([
    db().system.findMany({ where: { id: { in: ids("SYSTEM") } }, select: refSelect }),
    db().interface.findMany({ where: { id: { in: ids("INTERFACE") } }, select: refSelect }),
  ]);
  return new Map([...systems, ...interfaces].map((r) => [r.id, r]));
}
