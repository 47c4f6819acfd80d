// A database outage is a fault, not a bug: while PostgreSQL is stopped every API answer is a 503
// problem+json with Retry-After, pages show the "temporarily unavailable" page (503) and
// /api/health answers 503; when PostgreSQL is back the same server answers again by itself.
// The suite's database cannot be stopped (it may be a sibling database on an external server), so
// this test runs its own: an embedded cluster and a production server on free ports, seeded with
// the demo estate exactly as npm test seeds the suite's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/migrate";
import { createClient } from "@/server/db-client";
import { startServer, type RunningServer } from "@/scripts/lib/server";
import { seedDemo } from "@/server/seed/seed-demo";
import { ApiClient, DEMO, DEMO_PASSWORD } from "./helpers/client";
import { freePort } from "./helpers/free-port";

const OUTAGE_MS = 12_000;

let clusterOptions: Parameters<typeof startEmbeddedPostgres>[0];
let cluster: EmbeddedCluster | undefined;
let server: RunningServer | undefined;
let viewer: ApiClient;

beforeAll(async () => {
  clusterOptions = { name: "outage", port: await freePort(), database: "junction_outage", durable: false };
  cluster = await startEmbeddedPostgres(clusterOptions);
  await applyMigrations(cluster.url);
  const prisma = createClient({ url: cluster.url, max: 2 });
  await seedDemo(prisma);
  await prisma.$disconnect();
  server = await startServer({ port: await freePort(), databaseUrl: cluster.url, quiet: true });
  viewer = new ApiClient(undefined, server.url);
  if (!(await viewer.signIn(DEMO.VIEWER, DEMO_PASSWORD))) throw new Error("could not sign in on the outage server");
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

type Seen = { status: number; problem: boolean; retryAfter: boolean };
const READS = ["/api/v1/systems?pageSize=5", "/api/v1/dashboard", "/api/v1/topology", "/api/v1/teams", "/api/v1/me"];

/** Reads one after another, as a dashboard on a wall would, until stopped. */
function steadyReader() {
  const seen: Seen[] = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const res = await viewer.get(READS[i % READS.length]);
      seen.push({
        status: res.status,
        problem: (res.headers.get("content-type") ?? "").startsWith("application/problem+json") && res.body?.status === res.status,
        retryAfter: Number(res.headers.get("retry-after")) > 0,
      });
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { seen, stop: async () => ((running = false), await done) };
}

const counts = (seen: Seen[]) =>
  Object.entries(seen.reduce<Record<number, number>>((acc, s) => ((acc[s.status] = (acc[s.status] ?? 0) + 1), acc), {}))
    .map(([status, n]) => `${n}×${status}`)
    .join(", ");

describe("database outage", () => {
  it("answers 503 while PostgreSQL is stopped, and recovers by itself when it is back", async () => {
    const reader = steadyReader();
    await new Promise((r) => setTimeout(r, 1000));
    const before = reader.seen.length;

    await cluster!.stop();
    const stoppedAt = Date.now();
    const health = await fetch(`${server!.url}/api/health`);
    expect(health.status).toBe(503);
    const page = await viewer.get("/systems");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBeTruthy();
    expect(String(page.body)).toContain("temporarily unavailable");
    const auth = await viewer.get("/api/auth/session");
    expect(auth.status).toBe(503);
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
    const during = reader.seen.slice(before);

    cluster = await startEmbeddedPostgres(clusterOptions);
    const backAt = reader.seen.length;
    const deadline = Date.now() + 30_000;
    while (!reader.seen.slice(backAt).some((s) => s.status === 200) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await reader.stop();
    console.log(
      `[outage] ${OUTAGE_MS / 1000} s without PostgreSQL under a steady reader: before ${counts(reader.seen.slice(0, before))}; ` +
        `during ${counts(during)}; after restart ${counts(reader.seen.slice(backAt))}`,
    );

    expect(reader.seen.slice(0, before).every((s) => s.status === 200)).toBe(true);
    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    const unavailable = during.filter((s) => s.status === 503);
    expect(unavailable.length).toBeGreaterThan(during.length / 2);
    expect(unavailable.every((s) => s.problem && s.retryAfter)).toBe(true);
    expect(reader.seen.slice(backAt).some((s) => s.status === 200)).toBe(true);
    expect((await fetch(`${server!.url}/api/health`)).status).toBe(200);
    expect((await viewer.get("/systems")).status).toBe(200);
  }, 120_000);
});
