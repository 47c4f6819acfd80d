// The OpenAPI 3.1 document for /api/v1, built from the `.spec` every route handler carries, so the
// docs cannot drift from the schemas the handlers validate with.
import "server-only";
import type { ApiRoute } from "@/server/http/api-route";
import type { RouteHandler } from "@/server/http/handler";
import { buildOperation } from "./build-operation";
import { ZProblem } from "./error-responses";
import { createSchemaCollector } from "./schema-collector";
import type { HttpMethod, OpenApiDocument, Operation } from "@/lib/openapi/types";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const DESCRIPTION = [
  "The Junction CMDB API. Paths are relative to /api/v1.",
  "Authenticate with a personal API token (`Authorization: Bearer jct_…`) or,",
  "from the browser, with the session cookie set by signing in. Errors are RFC 9457 problem details.",
].join(" ");

const SECURITY_SCHEMES = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "jct_…",
    description: "A personal API token: `Authorization: Bearer jct_…`. It acts with its owner's role.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    // next-auth's default cookie name; over HTTPS it carries the __Secure- prefix.
    name: "next-auth.session-token",
    description: "The session cookie set by signing in at /login (used by the web console).",
  },
};

/** The handlers a route module exports, keyed by lower-case method. */
export function routeHandlers(module: Record<string, unknown>): Array<[HttpMethod, RouteHandler]> {
  return HTTP_METHODS.filter((m) => typeof module[m] === "function").map((m) => {
    const handler = module[m] as RouteHandler;
    // Every route goes through handle(); one without a spec would be undocumented, so fail loudly.
    if (!handler.spec) throw new Error(`[openapi] ${m} handler has no .spec; wrap it in handle()`);
    return [m.toLowerCase() as HttpMethod, handler];
  });
}

/** routes: the list in app/api/v1/routes.ts (tests pass their own). */
export function buildDocument(routes: readonly ApiRoute[]): OpenApiDocument {
  const collector = createSchemaCollector();
  const problemRef = collector.convert(ZProblem, "output"); // placeholder until finish()
  const paths: OpenApiDocument["paths"] = {};
  for (const { path, module } of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Partial<Record<HttpMethod, Operation>> = {};
    for (const [method, handler] of routeHandlers(module)) {
      item[method] = buildOperation({ path, method, spec: handler.spec, collector, problemRef });
    }
    paths[path] = item;
  }
  const tags = [...new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags)))];
  const named = collector.finish(paths);
  return {
    openapi: "3.1.0",
    info: { title: "Junction API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/api/v1" }],
    tags: tags.map((name) => ({ name })),
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths: named.document,
    components: { schemas: named.schemas, securitySchemes: SECURITY_SCHEMES },
  };
}
