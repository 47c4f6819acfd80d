// npm test — everything, in order: lint, type check, unit tests, production build, then a fresh
// test database (embedded PostgreSQL, or a sibling database on DATABASE_URL's server), the built
// app on port 3100, integration tests over HTTP and the Playwright suite in Chromium.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { ensureChromium } from "./lib/browser";
import { nextBin, run } from "./lib/run";
import { buildIfStale, startServer, type RunningServer } from "./lib/server";
import { ROOT } from "./lib/schema-engine";
import { seedDemo } from "../server/seed/seed-demo";
import { seedDefaultStandards } from "../server/seed/seed-default-standards";

// JUNCTION_TEST_PORT moves the test server (two checkouts testing side by side).
const PORT = Number(process.env.JUNCTION_TEST_PORT) || 3100;
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);
const step = (title: string) => console.log(`\n━━ ${title} ━━`);
const results = path.join(ROOT, "test-results");

// `npm test -- <files…>` runs only those integration (tests/…) and Playwright (e2e/…) files, after
// the build, without lint, type check and unit tests: the quick loop while working on one area.
// A bare `npm test` (CI's command) runs everything.
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const onlyIntegration = only.filter((f) => f.startsWith("tests/"));
const onlyE2e = only.filter((f) => f.startsWith("e2e/"));

async function resetDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

type Counts = { passed: number; failed: number; skipped: number };
function vitestCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrors ?? 0), skipped: r.numPendingTests + r.numTodoTests };
}
function playwrightCounts(file: string): Counts {
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs a test step and adds its counts from the runner's JSON report, also when the step fails. */
async function counted(step: () => Promise<void>, report: string, read: (file: string) => Counts) {
  try {
    await step();
  } finally {
    try {
      const c = read(report);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    } catch {
      total.failed += 1; // the runner died before writing its report
    }
  }
}
let server: RunningServer | undefined;
let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
let exitCode = 0;

try {
  rmSync(results, { recursive: true, force: true });
  if (only.length === 0) {
    step("lint");
    await run(bin("eslint"), ["."]);
    step("type check");
    await run(bin("tsc"), ["--noEmit"]);
    step("unit tests");
    const unitJson = path.join(results, "unit.json");
    await counted(() => run(bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]), unitJson, vitestCounts);
  }
  step("production build");
  // The quick loop builds only when a source changed since the last build (tests are not sources).
  if (only.length === 0) await run(nextBin, ["build"]);
  else await buildIfStale();
  ensureChromium();

  step("test database");
  database = await resolveDatabase("test");
  await resetDatabase(database.url);
  await applyMigrations(database.url);
  const prisma = createClient({ url: database.url });
  await seedDemo(prisma);
  await seedDefaultStandards(prisma);
  await prisma.$disconnect();
  // Notification emails of the suite's server go to the SMTP server tests/integration/helpers/smtp.ts
  // starts on this port (the suite runs its files one at a time).
  process.env.SMTP_URL ??= `smtp://127.0.0.1:${PORT + 2500}`;
  server = await startServer({ port: PORT, databaseUrl: database.url });

  const env = { ...process.env, JUNCTION_BASE_URL: server.url, JUNCTION_DATABASE_URL: database.url, E2E_BASE_URL: server.url };
  step("integration tests (HTTP, real PostgreSQL)");
  const integrationJson = path.join(results, "integration.json");
  if (only.length === 0 || onlyIntegration.length > 0) {
    await counted(() => run(bin("vitest"), ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${integrationJson}`, ...onlyIntegration], { env }), integrationJson, vitestCounts);
  }
  step("end-to-end tests (Playwright, Chromium)");
  const e2eJson = path.join(results, "e2e.json");
  if (only.length === 0 || onlyE2e.length > 0) {
    await counted(() => run(bin("playwright"), ["test", ...onlyE2e], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson } }), e2eJson, playwrightCounts);
  }
} catch (error) {
  console.error(`\n[test] FAILED: ${(error as Error).message}`);
  exitCode = 1;
  if (total.failed === 0) total.failed = 1; // a step other than a test runner failed (lint, build, …)
} finally {
  await server?.stop();
  await database?.stop();
}
if (total.failed > 0) exitCode = 1;
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(exitCode);
