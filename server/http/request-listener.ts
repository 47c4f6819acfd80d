// What the production server (scripts/serve.ts) does with each request, before Next.js sees it:
// the security headers, one decoding step for every path, the /api/v1 fast path to our route handlers, and the
// "temporarily unavailable" answer for pages while the database is away. Next.js serves the rest.
import type { IncomingMessage, ServerResponse } from "node:http";
import { hasControlCharacters } from "@/lib/schemas/text";
import { applyEdgeHeaders } from "./apply-edge-headers";
import { databaseReachable } from "./database-probe";
import { matchApiRoute } from "./match-api-route";
import type { ApiRoute } from "./api-route";
import { send, toRequest } from "./node-bridge";
import { AppError } from "./app-error";
import { errorToResponse, problemResponse } from "./problem";
import { problemLocale } from "./problem-locale";
import { unavailablePage } from "./unavailable-page";
import { observeRequest } from "@/server/metrics/observe-request";

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type NextServer = { handle: NodeHandler; render404: NodeHandler };

/** The decoded path, or null when it has a malformed %-escape or is not UTF-8. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

// Prometheus' default path: the same route as /api/v1/metrics (listed with every route).
const METRICS_ALIAS = { "/metrics": "/api/v1/metrics" } as Record<string, string>;

// Served without the database: Next's assets, top-level files (icon.svg…), the health check
// (which reports the outage itself) and /api/v1 (its handlers answer 503 problem+json).
const NO_DATABASE = /^\/(?:_next\/|api\/health$|api\/v1\/|[^/]+\.(?:svg|ico|png|txt|xml|webmanifest)$)/;

export function createRequestListener(next: NextServer, routes: readonly ApiRoute[], fallbackHost: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    applyEdgeHeaders(req, res); // security headers on every answer, however produced; the client's address
    // Nobody is known here yet: these problems speak the request's Accept-Language.
    const locale = problemLocale(req.headers["accept-language"]);
    try {
      const requested = (req.url ?? "/").split("?")[0];
      const pathname = METRICS_ALIAS[requested] ?? requested;
      const isApi = pathname.startsWith("/api/");
      const decoded = decodePath(pathname);
      if (decoded === null && isApi) {
        const malformed = { path: "path", message: { key: "malformedPercentEscape" } } as const;
        return await send(req, res, problemResponse({ status: 400, detail: { key: "pathNotUtf8" }, errors: [malformed] }, locale));
      }
      // No page has such an address (API paths with control characters get the field-level 400
      // of their parameter schemas instead).
      if (decoded === null || (!isApi && hasControlCharacters(decoded))) return await next.render404(req, res);

      const route = matchApiRoute(routes, req.method ?? "GET", pathname);
      if (route) {
        const started = performance.now();
        const response = await route.handler(toRequest(req, fallbackHost), { params: Promise.resolve(route.params) });
        observeRequest({ method: req.method ?? "GET", route: route.template, status: response.status, seconds: (performance.now() - started) / 1000 });
        return await send(req, res, response);
      }
      if (!NO_DATABASE.test(pathname) && !(await databaseReachable())) {
        return await send(req, res, isApi ? errorToResponse(AppError.databaseUnavailable(), locale) : unavailablePage());
      }
      return await next.handle(req, res);
    } catch (error) {
      console.error("[serve] unexpected error", error);
      if (!res.headersSent) await send(req, res, problemResponse({ status: 500, detail: { key: "unexpected" } }, locale));
      else res.destroy();
    }
  };
}
