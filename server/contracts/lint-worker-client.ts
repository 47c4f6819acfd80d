// The server's side of the lint worker (worker/lint-worker.mjs): one thread, started on first use
// and ended after five minutes without work, so Spectral (~100 MB resident) is in memory only
// while contracts are being linted. No lint runs on the request thread: a large document costs the
// worker's core, not other users' responses (see `npm run bench:contracts`).
import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type { ContractFinding } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";
import type { ReadYamlResult } from "./worker/read-yaml.mjs";

const WORKER_FILE = path.join("server", "contracts", "worker", "lint-worker.mjs");
const IDLE_MS = 5 * 60_000;
/** A lint that takes longer is given up (the worker is ended and started afresh for the next one). */
export const LINT_TIMEOUT_MS = 60_000;
// A pathological document fails its own lint instead of taking the server's heap.
const WORKER_HEAP_MB = 768;

type Job = { resolve: (value: never) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type Reply = { id: number; findings: ContractFinding[] } | { id: number; read: ReadYamlResult } | { id: number; error: string };

/**
 * The worker script is a file of the checkout, loaded by Node as it is: under `next start` this
 * module is compiled into .next/, under npm start it is bundled into .data/bundle/, so neither
 * keeps a sibling file beside it. Walking up from wherever this module runs finds the checkout in
 * both; the working directory (the checkout, for every way the server is started) is the fallback.
 */
function findWorkerFile(): string {
  const starts = [process.cwd()];
  try {
    starts.unshift(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // not a file: URL under some bundler; the working directory will do
  }
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, WORKER_FILE))) return path.join(dir, WORKER_FILE);
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`${WORKER_FILE} was not found above ${starts.join(" or ")}`);
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const jobs = new Map<number, Job>();

const tooHeavy = (why: string) =>
  AppError.validation([{ path: "document", message: { text: why } }], { key: "contractNotLinted" });

/** Ends the worker and fails what it was doing (a timeout, a crash, or running out of heap). */
function fail(dead: Worker, error: Error) {
  if (worker !== dead) return;
  worker = null;
  void dead.terminate();
  for (const job of jobs.values()) {
    clearTimeout(job.timer);
    job.reject(error);
  }
  jobs.clear();
}

function settle(reply: Reply) {
  const job = jobs.get(reply.id);
  if (!job) return;
  jobs.delete(reply.id);
  clearTimeout(job.timer);
  if ("findings" in reply) job.resolve(reply.findings as never);
  else if ("read" in reply) job.resolve(reply.read as never);
  else {
    console.error("[contracts] the linter failed on a document", reply.error);
    job.reject(tooHeavy("the linter failed on this document"));
  }
  if (jobs.size === 0) idle();
}

/** Nothing pending: let the process exit if it wants to, and end the worker after a while. */
function idle() {
  worker?.unref();
  clearTimeout(idleTimer);
  const current = worker;
  idleTimer = setTimeout(() => {
    if (!current || worker !== current || jobs.size > 0) return;
    worker = null;
    void current.terminate();
  }, IDLE_MS).unref();
}

function start(): Worker {
  // Not `new Worker(…)`: Turbopack recognises that shape and bundles the worker into .next with a
  // table of the paths it expected at build time; the path found at run time is not among them
  // (MODULE_NOT_FOUND), and a `webpackIgnore` comment did not stop it (Next 16.4).
  const options: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const created: Worker = Reflect.construct(Worker, [findWorkerFile(), options]);
  created.on("message", settle);
  created.on("error", (error: Error & { code?: string }) => {
    const cause = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooHeavy("it needs more memory than the linter may use") : error;
    fail(created, cause);
  });
  created.on("exit", () => fail(created, new Error("The lint worker exited")));
  return created;
}

function run<T>(job: { kind?: "read"; text: string; options?: object }): Promise<T> {
  clearTimeout(idleTimer);
  worker ??= start();
  worker.ref(); // a pending job keeps the process alive (scripts and tests await it)
  const current = worker;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => fail(current, tooHeavy(`it took longer than ${LINT_TIMEOUT_MS / 1000} s`)), LINT_TIMEOUT_MS);
    jobs.set(id, { resolve: resolve as (value: never) => void, reject, timer });
    current.postMessage({ id, ...job });
  });
}

/** Runs one lint in the worker thread. */
export function lintInWorker(job: { text: string; options: object }): Promise<ContractFinding[]> {
  return run(job);
}

/** Reads YAML text in the worker thread (worker/read-yaml.mjs): a large document costs the worker's core, not the server's. */
export function readYamlInWorker(text: string): Promise<ReadYamlResult> {
  return run({ kind: "read", text });
}
