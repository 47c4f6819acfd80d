// @ts-check
// The lint worker thread: answers { id, text, options } with { id, findings } or { id, error }.
// Started by server/contracts/lint-contract.ts from this file in the checkout, so it works the
// same under next start, the esbuild-bundled server (npm start) and Vitest. Jobs that arrive
// while one runs interleave at Spectral's awaits; the thread is one core either way.
import { parentPort } from "node:worker_threads";
import { lintDocument } from "./lint-document.mjs";

if (!parentPort) throw new Error("lint-worker.mjs runs as a worker thread");
const port = parentPort;

port.on("message", async (/** @type {{ id: number, text: string, options: Record<string, any> }} */ job) => {
  try {
    port.postMessage({ id: job.id, findings: await lintDocument(job) });
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
