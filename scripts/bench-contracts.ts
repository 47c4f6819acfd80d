// npm run bench:contracts — how long a contract takes to parse and to lint, and what linting costs
// the thread that answers requests. On ../shared/fixtures/openapi/spotify-web-api-sonallux-3.0.3.yaml
// (286 KB, 97 operations) with every Junction rule on:
//   - parse (parseContract, on the calling thread): median of 5;
//   - lint (lintContract, in the lint worker): the first run on its own (it starts the worker and
//     compiles the rulesets), then the median of 5;
//   - the calling thread's event-loop delay (p95, max) while the worker lints, against the same lint
//     run on the calling thread itself — what every other request would wait without the worker;
//   - a ~5 MB YAML document (Spotify's paths repeated): read on the calling thread (parseContract)
//     against read in the worker (parseContractOffThread, what PUT …/contracts does), time and delay.
// Prints figures; asserts nothing.
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { TContractLintOptions } from "../lib/schemas/contract-lint";
import { lintContract } from "../server/contracts/lint-contract";
import { parseContract } from "../server/contracts/parse-contract";
import { parseContractOffThread } from "../server/contracts/parse-contract-off-thread";
import { readFixture } from "../server/contracts/shared-fixtures";
import { lintDocument } from "../server/contracts/worker/lint-document.mjs";

const NAME = "spotify-web-api-sonallux-3.0.3.yaml";
const RUNS = 5;
const STANDARD: TContractLintOptions = {
  kebabCasePaths: { severity: "warn" },
  pluralResources: { severity: "warn" },
  errorSchema: { severity: "error", ref: "#/components/schemas/ErrorObject" },
  securityScheme: { severity: "error" },
  httpsServers: { severity: "error" },
  operationIds: { severity: "warn" },
};

const text = readFixture("openapi", NAME);
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 25));

/**
 * Runs `work` RUNS times while sampling this thread's event-loop delay every 10 ms. Between runs
 * (and before the first, after the last) the thread waits for a timer, as a server does between
 * requests: a lint on this thread never yields to timers (its awaits are microtasks), so without
 * these ticks its stall would be recorded once for all runs, or not at all.
 */
async function withLoopDelay(work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await tick();
  for (let i = 0; i < RUNS; i++) {
    await work();
    await tick();
  }
  histogram.disable();
  return { p95: histogram.percentile(95) / 1e6, max: histogram.max / 1e6 };
}

console.log(`Contract benchmark: ${NAME} (${Math.round(Buffer.byteLength(text) / 1000)} KB), load average ${loadavg()[0].toFixed(2)} on this machine`);

const parses: number[] = [];
for (let i = 0; i < RUNS; i++) parses.push((await timed(() => parseContract({ text }))).ms);
console.log(`  parse (calling thread)            median ${ms(median(parses))}   [${parses.map(Math.round).join(", ")}]`);

const rssBefore = process.memoryUsage().rss;
const first = await timed(() => lintContract({ text, options: STANDARD }));
console.log(`  lint, first (starts the worker)   ${ms(first.ms)}   ${first.value.length} findings`);

const lints: number[] = [];
const inWorker = await withLoopDelay(async () => lints.push((await timed(() => lintContract({ text, options: STANDARD }))).ms));
console.log(`  lint, warm (worker)               median ${ms(median(lints))}   [${lints.map(Math.round).join(", ")}]`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(`  process resident: ${mb(rssBefore)} before the worker, ${mb(process.memoryUsage().rss)} with it (it ends after five minutes idle)`);

// The same lint on this thread: warmed once, then measured like the worker's.
await lintDocument({ text, options: STANDARD });
const onThread = await withLoopDelay(() => lintDocument({ text, options: STANDARD }));
console.log(`  event-loop delay of the calling thread during ${RUNS} lints:`);
console.log(`    lint in the worker               p95 ${inWorker.p95.toFixed(1)} ms   max ${inWorker.max.toFixed(1)} ms`);
console.log(`    lint on the calling thread       p95 ${onThread.p95.toFixed(1)} ms   max ${onThread.max.toFixed(1)} ms`);
console.log(`  load average after: ${loadavg()[0].toFixed(2)}`);

/** Spotify's paths repeated under /copyN prefixes until the document is just under 5 MB. */
function fiveMegabytes(): string {
  const lines = text.split("\n");
  const start = lines.indexOf("paths:");
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const block = lines.slice(start + 1, end);
  const copies: string[] = [];
  for (let n = 1, size = text.length; size + 300_000 < 5 * 1024 * 1024; n++) {
    const copy = block.map((l) => l.replace(/^ {2}\/(\S)/, `  /copy${n}/$1`));
    size += copy.join("\n").length;
    copies.push(...copy);
  }
  return [...lines.slice(0, end), ...copies, ...lines.slice(end)].join("\n");
}

const big = fiveMegabytes();
const bigOps = (p: Awaited<ReturnType<typeof parseContractOffThread>>) => ("operations" in p.summary ? p.summary.operations.length : 0);
console.log(`A ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(2)} MB YAML document (${bigOps(parseContract({ text: big }))} operations), ${RUNS} reads each:`);
const readsOn: number[] = [];
const readsOff: number[] = [];
const delayOn = await withLoopDelay(async () => readsOn.push((await timed(() => parseContract({ text: big }))).ms));
const delayOff = await withLoopDelay(async () => readsOff.push((await timed(() => parseContractOffThread({ text: big }))).ms));
console.log(`    read on the calling thread       median ${ms(median(readsOn))}   event loop p95 ${delayOn.p95.toFixed(1)} ms   max ${delayOn.max.toFixed(1)} ms`);
console.log(`    read in the worker               median ${ms(median(readsOff))}   event loop p95 ${delayOff.p95.toFixed(1)} ms   max ${delayOff.max.toFixed(1)} ms`);
console.log(`  load average after: ${loadavg()[0].toFixed(2)}`);
