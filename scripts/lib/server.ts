// Starting the production server for tests and benchmarks, and waiting until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./schema-engine";
import { nextBin, run } from "./run";

/**
 * The heap flag npm start gives Node too (package.json). On a machine with more than ~2 GB, V8
 * lets old space grow to 4× what survived the last full collection before collecting again; below
 * a 2 GB ceiling it scales that factor down (≈1.6× at 1 GB). Loading estate-5k through the API the
 * heap then peaked at ~145 MB instead of ~260 MB, for ~100 MB live. It is also a ceiling: raise it
 * for an estate whose graph and answers need more than 1 GB of heap. --heap-growing-percent=20
 * fixes that factor at 1.2×: importing estate-5k.yaml the server's peak resident set went from
 * 453–481 MB to 391–429 MB, with bench:api's latencies unchanged (README, Performance → Import).
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=1024", "--heap-growing-percent=20"];
/** The production server (scripts/serve.ts): Next.js plus the /api/v1 fast path, compiled as npm start compiles it. */
const serveArgs = [...SERVER_NODE_FLAGS, path.join(ROOT, "scripts/lib/run-bundled.mjs"), "scripts/serve.ts"];

export type RunningServer = {
  url: string;
  /** The server's own process (run-bundled runs it in the spawned Node): benches read its memory in /proc/<pid>/status. */
  pid: number;
  stop: () => Promise<void>;
};

const SOURCE_DIRS = ["app", "components", "hooks", "lib", "server", "prisma", "proxy.ts", "next.config.mjs", "package-lock.json"];

function newestSourceMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(full)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestSourceMtime(path.join(entry, name)));
  }
  return newest;
}

/**
 * Builds unless `.next` is newer than every source file. A stale build is not just slow to notice:
 * its bundled Prisma client can disagree with the one scripts/serve.ts loads from source.
 */
export async function buildIfStale(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCE_DIRS.map(newestSourceMtime))) return;
  await run(nextBin, ["build"], { env });
}

export async function startServer(opts: { port: number; databaseUrl: string; quiet?: boolean }): Promise<RunningServer> {
  const url = `http://localhost:${opts.port}`;
  // JUNCTION_SERVER_FLAGS: more Node flags for the server, to look into a bench (NODE_OPTIONS refuses
  // some): "--cpu-prof --cpu-prof-dir=/tmp/prof" writes a CPU profile when it stops, "--trace-gc" logs heaps.
  const profile = (process.env.JUNCTION_SERVER_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...profile, ...serveArgs], {
    cwd: ROOT,
    stdio: opts.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(opts.port),
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "junction-test-secret-not-for-production",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${opts.port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server on port ${opts.port} did not become healthy`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
