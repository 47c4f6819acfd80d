// npm start — the whole app on one machine: database (embedded unless DATABASE_URL is set),
// migrations, demo data on first start, production build (when sources changed), server on
// http://localhost:3000.
// One Node process: the server (scripts/serve.ts) runs in this one, which package.json starts
// through scripts/lib/run-bundled.mjs (no tsx at run time). PostgreSQL is its child.
// npm run dev — the same with `next dev` instead of a production build.
import path from "node:path";
import { resolveDatabase } from "./lib/database";
import { authSecret } from "./lib/auth-secret";
import { nextBin, run, start } from "./lib/run";
import { buildIfStale } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { DEMO_ACCOUNTS } from "../server/seed/seed-demo";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const db = await resolveDatabase("dev");
let stopServer: (() => Promise<void>) | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await stopServer?.();
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
// A crash of the server is a crash of this process: still stop PostgreSQL on the way out.
process.on("uncaughtException", (error) => {
  console.error("[start] fatal:", error);
  void shutdown(1);
});

console.log(`[db] ${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}: ${db.url.replace(/:[^:@/]*@/, ":***@")}`);
try {
  // Migrations and the demo seed (npm run db:seed) in a child that exits when done: the wasm
  // schema engine and a second Prisma client would otherwise stay in the server's memory (~65 MB
  // resident measured after start, on top of the server's own ~200 MB).
  await run(process.execPath, [path.join(ROOT, "scripts/lib/run-bundled.mjs"), "scripts/db-seed.ts"], {
    env: { ...process.env, DATABASE_URL: db.url },
  });
} catch (error) {
  // Never leave the embedded server running behind a failed start.
  await db.stop();
  throw error;
}

const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (dev) {
  const child = start(nextBin, ["dev", "-p", port], { env });
  child.on("exit", (code) => void shutdown(code ?? 0));
  stopServer = async () => void child.kill("SIGTERM");
} else {
  // Restarting without changes skips the build (minutes on a 2-core machine).
  await buildIfStale(env);
  // Production: scripts/serve.ts (Next.js plus the /api/v1 fast path) in this process. React and
  // Next read NODE_ENV when they load, which is why it is set before the import, not at spawn.
  Object.assign(process.env, env, { PORT: port, NODE_ENV: "production" });
  try {
    stopServer = (await import("./serve")).closeServer;
  } catch (error) {
    await db.stop();
    throw error;
  }
}
console.log(`
  Junction is starting on http://localhost:${port}
  Demo accounts (password for all: ${DEMO_ACCOUNTS[0].password}):
${DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(9)} ${a.email}`).join("\n")}
`);
