// @ts-check
// The lint worker process (a child of the server, at a lower scheduling priority): answers { id, text, options } with { id, findings } or { id, error }, and
// { id, kind: "read", text } with what read-yaml.mjs makes of the text (the YAML read of a large
// contract, kept off the server's thread as well).
// Started by server/contracts/lint-contract.ts from this file in the checkout, so it works the
// same under next start, the esbuild-bundled server (npm start) and Vitest. Jobs that arrive
// while one runs interleave at Spectral's awaits; the thread is one core either way.
import { lintDocument } from "./lint-document.mjs";
import { readYaml } from "./read-yaml.mjs";

if (!process.send) throw new Error("lint-worker.mjs runs as a child process with an IPC channel");
const port = { postMessage: (/** @type {unknown} */ message) => process.send?.(message) };

process.on("message", async (/** @type {{ id: number, kind?: "read", text: string, options: Record<string, any> }} */ job) => {
  try {
    if (job.kind === "read") port.postMessage({ id: job.id, read: readYaml(job.text) });
    else port.postMessage({ id: job.id, findings: await lintDocument(job) });
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
