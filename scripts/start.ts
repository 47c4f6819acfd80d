// npm start — the whole app on one machine: database (embedded unless DATABASE_URL is set),
// migrations, demo data on first start, production build, server on http://localhost:3000.
// npm run dev — the same with `next dev` instead of a production build.
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { authSecret } from "./lib/auth-secret";
import { nextBin, run, start } from "./lib/run";
import { serveArgs, tsxBin } from "./lib/server";
import { createClient } from "../server/db-client";
import { seedDemo, DEMO_ACCOUNTS } from "../server/seed/seed-demo";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const db = await resolveDatabase("dev");
try {
  console.log(`[db] ${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}: ${db.url.replace(/:[^:@/]*@/, ":***@")}`);
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `[db] applied migrations: ${applied.join(", ")}` : "[db] migrations up to date");
  const prisma = createClient({ url: db.url });
  const seeded = await seedDemo(prisma);
  console.log(seeded ? "[seed] demo estate created" : "[seed] demo estate already present");
  await prisma.$disconnect();
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
if (!dev) await run(nextBin, ["build"], { env });

// Production: scripts/serve.ts (Next.js plus the /api/v1 fast path); development: next dev.
const server = dev
  ? start(nextBin, ["dev", "-p", port], { env })
  : start(tsxBin, serveArgs, { env: { ...env, PORT: port, NODE_ENV: "production" } });
console.log(`
  Junction is starting on http://localhost:${port}
  Demo accounts (password for all: ${DEMO_ACCOUNTS[0].password}):
${DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(9)} ${a.email}`).join("\n")}
`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
