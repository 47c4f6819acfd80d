// One write request (import or apply) as every write command runs it: send, follow the batch's
// progress on a terminal, print the result, and turn it into an exit code.
import type { TImportResult } from "@/lib/schemas/interop";
import { newBatchId } from "@/lib/interop/import-view";
import { requestJson, type Connection } from "./client";
import { exitForResult, humanReport } from "./report";
import type { ExitCode } from "./exit-codes";

export type Io = { out: (text: string) => void; err: (text: string) => void; errIsTty: boolean };
export type WriteOptions = { json?: boolean; dryRun?: boolean; exitCode?: boolean };

/** Prints "done / total" on the terminal (stderr) while a long import runs; no output when piped. */
function followProgress(c: Connection, io: Io, batchId: string): () => void {
  if (!io.errIsTty) return () => undefined;
  let stopped = false;
  let shown = false;
  const tick = async () => {
    while (!stopped) {
      await new Promise((r) => setTimeout(r, 500));
      const batch = await requestJson<{ done: number; total: number }>(c, "GET", `/import/batches/${batchId}`).catch(() => null);
      if (batch && !stopped && batch.total) {
        io.err(`\r  ${batch.done} / ${batch.total}`);
        shown = true;
      }
    }
  };
  void tick();
  return () => {
    stopped = true;
    if (shown) io.err("\n");
  };
}

export async function runImport(o: { c: Connection; io: Io; title: string; path: string; body: Record<string, unknown>; opts: WriteOptions }): Promise<ExitCode> {
  const dryRun = !!o.opts.dryRun;
  // Chosen here so the progress above can follow the batch while the request runs.
  const batchId = dryRun ? undefined : newBatchId();
  const stop = batchId && !o.opts.json ? followProgress(o.c, o.io, batchId) : () => undefined;
  let result: TImportResult;
  try {
    result = await requestJson<TImportResult>(o.c, "POST", o.path, { ...o.body, dryRun, ...(batchId ? { batchId } : {}) });
  } finally {
    stop();
  }
  o.io.out(o.opts.json ? JSON.stringify(result, null, 2) : humanReport(o.title, result));
  return exitForResult(result, o.opts);
}
