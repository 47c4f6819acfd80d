import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/http/app-error";
import { pageArgs } from "@/server/shared/list-args";
import type { TImportBatch, TImportBatchListQuery, TImportProblem } from "@/lib/schemas/interop";

export const importBatchSelect = {
  id: true, source: true, state: true, mode: true, actorUserId: true, actorTokenId: true, actorLabel: true, label: true,
  total: true, done: true, summary: true, problems: true, startedAt: true, finishedAt: true,
} satisfies Prisma.ImportBatchSelect;

type BatchRow = Prisma.ImportBatchGetPayload<{ select: typeof importBatchSelect }>;

export const toImportBatch = ({ actorUserId, actorTokenId, actorLabel, startedAt, finishedAt, problems, ...row }: BatchRow): TImportBatch => ({
  ...row,
  actor: { userId: actorUserId, label: actorLabel, viaToken: actorTokenId !== null },
  problems: problems as TImportProblem[],
  startedAt: startedAt.toISOString(),
  finishedAt: finishedAt?.toISOString() ?? null,
});

export type ListImportBatchesOptions = { query: TImportBatchListQuery };

/** Newest first. */
export async function listImportBatches({ query }: ListImportBatchesOptions) {
  const [rows, total] = await Promise.all([
    db().importBatch.findMany({ select: importBatchSelect, orderBy: [{ startedAt: "desc" }, { id: "desc" }], ...pageArgs(query) }),
    db().importBatch.count(),
  ]);
  return { items: rows.map(toImportBatch), total, page: query.page, pageSize: query.pageSize };
}

export const importBatchNotFound = () => AppError.notFound("importBatch");
