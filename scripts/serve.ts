// The production server: Next.js for pages, auth and everything else, with /api/v1 requests
// dispatched straight to the same route handlers (app/api/v1/**/route.ts). Measured on a 2-core
// machine, Next's route-handler pipeline costs ~2.5 ms per request before our code runs — more
// than the whole budget of a record lookup (see README, Performance). npm start imports it into its
// own process (scripts/start.ts); tests and benchmarks run it on its own:
//   node scripts/lib/run-bundled.mjs scripts/serve.ts   (PORT, default 3000)
// First: Next's runtime globals (AsyncLocalStorage…), which next/server needs at import time.
import "next/dist/server/node-environment";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import next from "next";
import { NextRequest } from "next/server";
import { ROOT } from "./lib/schema-engine";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: ROOT, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
// Loaded after Next has set up its runtime (route modules touch next/headers at import).
const { matchApiRoute } = await import("../server/http/match-api-route");
const { problemResponse } = await import("../server/http/problem");

function toRequest(req: IncomingMessage): NextRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : (Readable.toWeb(req) as ReadableStream);
  return new NextRequest(`http://${req.headers.host ?? `localhost:${port}`}${req.url}`, {
    method,
    headers,
    body,
    duplex: "half", // required by Node for a streamed request body
  });
}

async function send(res: ServerResponse, response: Response) {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader("content-length", body.length);
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  const pathname = (req.url ?? "/").split("?")[0];
  const route = matchApiRoute(req.method ?? "GET", pathname);
  if (!route) return nextHandler(req, res);
  try {
    await send(res, await route.handler(toRequest(req), { params: Promise.resolve(route.params) }));
  } catch (error) {
    console.error("[serve] unexpected error", error);
    await send(res, problemResponse(500, "Something went wrong on our side. It has been logged."));
  }
});

// Listening before this module finishes loading: a port in use fails the import (npm start then
// stops PostgreSQL) instead of crashing the process later.
await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, () => resolve());
});
console.log(`▲ Junction ready on http://localhost:${port}`);

/** Stops accepting connections and resolves once open requests are answered (at most 5 s). */
export function closeServer(): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), 5000);
    server.close(() => (clearTimeout(force), resolve()));
  });
}

// On its own it stops itself; under npm start, scripts/start.ts stops it and then PostgreSQL.
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, "scripts", "serve.ts")) {
  const stop = () => void closeServer().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
