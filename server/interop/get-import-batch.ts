import "server-only";
import { db } from "@/server/db";
import { importBatchNotFound, importBatchSelect, toImportBatch } from "./list-import-batches";

export type GetImportBatchOptions = { id: string };

/** One batch, for a progress bar: polled while the import's transaction is still open. */
export async function getImportBatch({ id }: GetImportBatchOptions) {
  const row = await db().importBatch.findUnique({ where: { id }, select: importBatchSelect });
  if (!row) throw importBatchNotFound();
  return toImportBatch(row);
}
