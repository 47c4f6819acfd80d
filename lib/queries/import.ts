// Import batches (issue 12): the history list and one batch's progress while an import runs.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TImportBatch } from "@/lib/schemas/interop";

/** GET /api/v1/import/batches[/{id}]: `summary` is `{ source, label, mode, counts }` once the batch finished. */
export type ImportBatchView = TImportBatch;

export const importKeys = {
  all: ["import"] as const,
  batches: (page: number) => [...importKeys.all, "batches", page] as const,
  batch: (id: string) => [...importKeys.all, "batch", id] as const,
};

export const importBatchListQuery = (page: number, pageSize = 25) =>
  queryOptions({
    queryKey: importKeys.batches(page),
    queryFn: ({ signal }) => api<TPage<ImportBatchView>>(`/import/batches${toQuery({ page, pageSize })}`, { signal }),
  });

export const importBatchQuery = (id: string) =>
  queryOptions({
    queryKey: importKeys.batch(id),
    queryFn: ({ signal }) => api<ImportBatchView>(`/import/batches/${encodeURIComponent(id)}`, { signal }),
  });
