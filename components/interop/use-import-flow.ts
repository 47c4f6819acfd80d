"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TImportResult } from "@/lib/schemas/interop";
import { importBatchQuery } from "@/lib/queries/import";
import { invalidateImport } from "@/lib/queries/invalidate";
import { newBatchId } from "@/lib/interop/import-view";

/** The source's own request fields (files, or entity/format/file): the flow adds mode, dryRun and batchId. */
export type ImportPayload = Record<string, unknown>;
export type ImportMode = TImportResult["mode"];

/**
 * One import from preview to result: a dry run of the payload, then the same payload applied with
 * a batch id chosen here, so the batch's progress can be polled while the request runs.
 */
export function useImportFlow(endpoint: string) {
  const qc = useQueryClient();
  const [mode, setMode] = useState<ImportMode>("all-or-nothing");
  const [payload, setPayload] = useState<ImportPayload | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: (p: ImportPayload) => api<TImportResult>(endpoint, { method: "POST", body: { ...p, mode, dryRun: true } }),
    onSuccess: (_result, p) => setPayload(p),
  });
  const apply = useMutation({
    mutationFn: ({ p, id }: { p: ImportPayload; id: string }) =>
      api<TImportResult>(endpoint, { method: "POST", body: { ...p, mode, dryRun: false, batchId: id } }),
    onSettled: () => invalidateImport(qc),
  });
  // The batch exists only once the engine has planned the import: until then 404, which is no error here.
  const progress = useQuery({
    ...importBatchQuery(batchId ?? "-"),
    enabled: apply.isPending && batchId !== null,
    retry: false,
    refetchInterval: 400,
  });

  return {
    mode,
    setMode,
    preview,
    apply,
    progress: apply.isPending ? progress.data : undefined,
    runPreview: (p: ImportPayload) => {
      apply.reset();
      preview.mutate(p);
    },
    runApply: () => {
      if (!payload) return;
      const id = newBatchId();
      setBatchId(id);
      apply.mutate({ p: payload, id });
    },
    reset: () => {
      preview.reset();
      apply.reset();
      setPayload(null);
      setBatchId(null);
    },
  };
}
export type ImportFlow = ReturnType<typeof useImportFlow>;
