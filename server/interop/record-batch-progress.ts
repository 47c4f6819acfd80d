import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { ImportSource } from "@/server/generated/prisma/enums";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/http/app-error";
import { auditActorFields } from "@/server/audit/write-audit";
import type { TImportProblem } from "@/lib/schemas/interop";

/** Problems stored on a batch: enough to see what went wrong, not a second copy of a huge report. */
export const BATCH_PROBLEMS_KEPT = 200;

export type BatchProgress = {
  id: string;
  /** Adds written records; stores the count once at least `every` more were written since the last store. */
  advance: (written: number) => Promise<void>;
  finish: (o: { state: "APPLIED" | "FAILED"; summary: object; problems: TImportProblem[] }) => Promise<void>;
};

export type RecordBatchProgressOptions = {
  actor: Actor;
  source: ImportSource;
  label: string;
  mode: string;
  total: number;
  /** Records already settled before writing starts (unchanged, invalid): the bar starts there. */
  done: number;
  batchId?: string;
  every?: number;
};

/**
 * The batch row and its progress, written outside the import's transaction (with the app's own
 * connections) so another request can read how far it got while the transaction is still open.
 * A client-chosen id that is already taken is a 409.
 */
export async function recordBatchProgress(o: RecordBatchProgressOptions): Promise<BatchProgress> {
  const actor = auditActorFields(o.actor);
  let batch;
  try {
    batch = await db().importBatch.create({
      data: {
        id: o.batchId, source: o.source, mode: o.mode, label: o.label, total: o.total, done: o.done,
        actorUserId: actor.actorUserId, actorTokenId: actor.actorTokenId, actorLabel: actor.actorLabel,
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw batchIdTaken();
    throw error;
  }
  const every = o.every ?? 1000;
  let done = o.done;
  let stored = o.done;
  return {
    id: batch.id,
    advance: async (written) => {
      done += written;
      if (done - stored < every) return;
      stored = done;
      await db().importBatch.update({ where: { id: batch.id }, data: { done } });
    },
    finish: async ({ state, summary, problems }) => {
      await db().importBatch.update({
        where: { id: batch.id },
        data: {
          state, done: state === "APPLIED" ? o.total : done, finishedAt: new Date(),
          summary: summary as Prisma.InputJsonValue, problems: problems.slice(0, BATCH_PROBLEMS_KEPT) as Prisma.InputJsonValue,
        },
      });
    },
  };
}

export const batchIdTaken = () =>
  AppError.conflict({ key: "alreadyExists", params: { fields: "batchId" } }, [{ path: "batchId", message: { key: "alreadyExists" } }]);
