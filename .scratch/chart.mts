import pg from "pg";
import { createHash, randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "/work/wt/health/scripts/lib/embedded-postgres";
import { startServer } from "/work/wt/health/scripts/lib/server";
const cluster = await startEmbeddedPostgres({ name: "bench-health", port: 54380, database: "junction_bench_health", durable: false });
const c = new pg.Client({ connectionString: cluster.url });
await c.connect();
const secret = `jct_${randomBytes(32).toString("base64url")}`;
await c.query(`INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix") SELECT gen_random_uuid()::text, "id", 'probe', $1, $2 FROM "User" WHERE "email" = 'bench@junction.local'`, [createHash("sha256").update(secret).digest("hex"), secret.slice(4, 12)]);
const ids = (await c.query(`SELECT "id" FROM "Interface" ORDER BY "key" LIMIT 50`)).rows.map((r) => r.id);
const server = await startServer({ port: 3280, databaseUrl: cluster.url, quiet: true });
for (const enc of ["identity", "gzip"]) {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const s = performance.now();
    const res = await fetch(`${server.url}/api/v1/health/interfaces/${ids[i % 50]}/series?range=7d`, { headers: { authorization: `Bearer ${secret}`, "accept-encoding": enc } });
    await res.arrayBuffer();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(enc, "p50", times[20].toFixed(0), "p95", times[37].toFixed(0));
}
const t0 = performance.now(); for (let i = 0; i < 20; i++) await c.query(`SELECT 1`); console.log("db roundtrip x20", (performance.now() - t0).toFixed(0));
await c.end(); await server.stop(); await cluster.stop();
