// The production server: Next.js for pages, auth and everything else, with /api/v1 requests
// dispatched straight to the same route handlers (app/api/v1/**/route.ts). Measured on a 2-core
// machine, Next's route-handler pipeline costs ~2.5 ms per request before our code runs — more
// than the whole budget of a record lookup (see README, Performance). npm start imports it into its
// own process (scripts/start.ts); tests and benchmarks run it on its own:
//   node scripts/lib/run-bundled.mjs scripts/serve.ts   (PORT, default 3000)
// First: Next's runtime globals (AsyncLocalStorage…), which next/server needs at import time.
import "next/dist/server/node-environment";
import http from "node:http";
import path from "node:path";
import next from "next";
import { ROOT } from "./lib/schema-engine";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: ROOT, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
// Loaded after Next has set up its runtime (route modules touch next/headers at import).
const { createRequestListener } = await import("../server/http/request-listener");
const { API_ROUTES } = await import("../app/api/v1/routes");

// Decoding, the /api/v1 fast path and the database-outage answer: server/http/request-listener.ts.
const server = http.createServer(
  createRequestListener({ handle: nextHandler, render404: (req, res) => app.render404(req, res) }, API_ROUTES, `localhost:${port}`),
);

// Listening before this module finishes loading: a port in use fails the import (npm start then
// stops PostgreSQL) instead of crashing the process later.
await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, () => resolve());
});
console.log(`▲ Junction ready on http://localhost:${port}`);

// Background work (daily snapshots…) on the job queue in the same database: server/jobs/.
const { startJobRunner } = await import("../server/jobs/start-job-runner");
const { env } = await import("../lib/env");
const jobs = env().JUNCTION_JOBS ? startJobRunner() : undefined;

/** Stops accepting connections and resolves once open requests are answered (at most 5 s). */
export async function closeServer(): Promise<void> {
  await Promise.all([
    jobs?.stop(),
    new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), 5000);
      server.close(() => (clearTimeout(force), resolve()));
    }),
  ]);
}

// On its own it stops itself; under npm start, scripts/start.ts stops it and then PostgreSQL.
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, "scripts", "serve.ts")) {
  const stop = () => void closeServer().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
