import { chromium } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrate";
import { buildIfStale, startServer } from "../lib/server";
import { createClient } from "../../server/db-client";
import { seedDemo } from "../../server/seed/seed-demo";

const admin = await startEmbeddedPostgres({ name: "shots", port: 54510, database: "postgres", durable: false });
const c = new pg.Client({ connectionString: admin.url }); await c.connect();
await c.query(`DROP DATABASE IF EXISTS shots WITH (FORCE)`); await c.query(`CREATE DATABASE shots`); await c.end();
const url = admin.url.replace(/\/postgres$/, "/shots");
await applyMigrations(url);
const prisma = createClient({ url }); await seedDemo(prisma); await prisma.$disconnect();
await buildIfStale();
const server = await startServer({ port: 3110, databaseUrl: url, quiet: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto(`${server.url}/login`);
await page.getByLabel("Email").fill(process.argv[2] ?? "engineer@junction.local");
await page.getByLabel("Password").fill("junction-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(`${server.url}/`);
for (const [name, path] of (process.argv[3] ?? "inbox:/alerts,incident:/alerts/incidents/demo-adyen,reports:/alerts/reports,mine:/alerts/mine,incidents:/alerts/incidents").split(",").map((s) => s.split(":"))) {
  await page.goto(server.url + path);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
}
await browser.close(); await server.stop(); await admin.stop();
process.exit(0);
