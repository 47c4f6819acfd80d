// The server's side of the lint worker (worker/lint-worker.mjs): one child process, started on
// first use and ended after five minutes without work, so Spectral (~100 MB resident) is in memory
// only while contracts are being linted. No lint runs on the request thread; and the child runs at
// a lower scheduling priority (nice 10), so on a machine with few cores the kernel serves requests
// before lints: a thread cannot be given its own priority from Node, a process can
// (`npm run bench:contract-reads`: p95 of other reads while linting).
import "server-only";
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContractFinding } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";
import type { ReadYamlResult } from "./worker/read-yaml.mjs";

const WORKER_FILE = path.join("server", "contracts", "worker", "lint-worker.mjs");
const IDLE_MS = 5 * 60_000;
/** A lint that takes longer is given up (the worker is ended and started afresh for the next one). */
export const LINT_TIMEOUT_MS = 60_000;
// A pathological document fails its own lint instead of taking the server's heap.
const WORKER_HEAP_MB = 768;
const WORKER_NICE = 10;

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

let worker: ChildProcess | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
const jobs = new Map<number, Job>();

const tooHeavy = (why: string) =>
  AppError.validation([{ path: "document", message: { text: why } }], { key: "contractNotLinted" });

/** Ends the worker and fails what it was doing (a timeout, a crash, or running out of heap). */
function fail(dead: ChildProcess, error: Error) {
  if (worker !== dead) return;
  worker = null;
  dead.kill();
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
  hold(worker, false);
  clearTimeout(idleTimer);
  const current = worker;
  idleTimer = setTimeout(() => {
    if (!current || worker !== current || jobs.size > 0) return;
    worker = null;
    current.kill();
  }, IDLE_MS).unref();
}

/** A pending job keeps this process alive (scripts and tests await it); an idle child does not. */
function hold(child: ChildProcess | null, keep: boolean) {
  const channel = child?.channel as { ref(): void; unref(): void } | undefined;
  if (keep) {
    child?.ref();
    channel?.ref();
  } else {
    child?.unref();
    channel?.unref();
  }
}

function start(): ChildProcess {
  // Called through Reflect: Turbopack recognises literal worker constructors and bundles the
  // script into .next with build-time paths that do not exist at run time (Next 16.4).
  const created: ChildProcess = Reflect.apply(fork, undefined, [findWorkerFile(), [], {
    execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  }]);
  try {
    if (created.pid !== undefined) setPriority(created.pid, WORKER_NICE);
  } catch {
    // not permitted here: the lint still runs, at the server's priority
  }
  created.on("message", (reply) => settle(reply as Reply));
  created.on("error", (error) => fail(created, error));
  created.on("exit", (code, signal) => {
    // V8 out of heap ends the process (SIGABRT, or exit code 134 on some builds).
    const outOfMemory = signal === "SIGABRT" || code === 134;
    fail(created, outOfMemory ? tooHeavy("it needs more memory than the linter may use") : new Error("The lint worker exited"));
  });
  return created;
}

function run<T>(job: { kind?: "read"; text: string; options?: object }): Promise<T> {
  clearTimeout(idleTimer);
  worker ??= start();
  hold(worker, true);
  const current = worker;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => fail(current, tooHeavy(`it took longer than ${LINT_TIMEOUT_MS / 1000} s`)), LINT_TIMEOUT_MS);
    jobs.set(id, { resolve: resolve as (value: never) => void, reject, timer });
    current.send({ id, ...job });
  });
}

/** Runs one lint in the worker process. */
export function lintInWorker(job: { text: string; options: object }): Promise<ContractFinding[]> {
  return run(job);
}

/** Reads YAML text in the worker process (worker/read-yaml.mjs): a large document costs the worker's core, not the server's. */
export function readYamlInWorker(text: string): Promise<ReadYamlResult> {
  return run({ kind: "read", text });
}
