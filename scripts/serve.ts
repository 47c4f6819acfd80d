// The production server: Next.js for pages, auth and everything else, with /api/v1 requests
// dispatched straight to the same route handlers (app/api/v1/**/route.ts). Measured on a 2-core
// machine, Next's route-handler pipeline costs ~2.5 ms per request before our code runs — more
// than the whole budget of a record lookup (see README, Performance). Run by npm start and tests:
//   tsx --tsconfig tsconfig.serve.json scripts/serve.ts   (PORT, default 3000)
// First: Next's runtime globals (AsyncLocalStorage…), which next/server needs at import time.
import "next/dist/server/node-environment";
import http from "node:http";
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

server.listen(port, () => console.log(`▲ Junction ready on http://localhost:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
