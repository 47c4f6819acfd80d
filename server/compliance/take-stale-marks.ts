import "server-only";
import type { Tx } from "@/server/db";

export type TakeStaleMarksOptions = { tx: Tx; kind: "compliance" | "initiative" };

/**
 * Whether today's snapshot rows of this kind may be out of date: takes the marks the triggers left
 * (prisma/migrations/*_snapshot_stale), or finds that today has no rows yet. In the snapshot's own
 * transaction: if it rolls back the marks stay; a second instance waits on the marks' row locks
 * and then finds none left, so only one of them recounts.
 */
export async function takeStaleMarks({ tx, kind }: TakeStaleMarksOptions): Promise<boolean> {
  const taken = await tx.$queryRaw<unknown[]>`DELETE FROM "SnapshotStale" WHERE "kind" = ${kind} RETURNING 1`;
  if (taken.length > 0) return true;
  const today = kind === "compliance"
    ? tx.$queryRaw<unknown[]>`SELECT 1 FROM "LevelSnapshot" WHERE "day" = current_date AND "initiativeId" = '' LIMIT 1`
    : tx.$queryRaw<unknown[]>`SELECT 1 FROM "Initiative" i WHERE NOT EXISTS
        (SELECT 1 FROM "LevelSnapshot" l WHERE l."day" = current_date AND l."initiativeId" = i."id") LIMIT 1`;
  const rows = await today;
  return kind === "compliance" ? rows.length === 0 : rows.length > 0;
}
