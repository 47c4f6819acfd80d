// Finds the route handler for an /api/v1 request, in the same list the OpenAPI document is built
// from (app/api/v1/routes.ts, passed in by scripts/serve.ts), so the fast path serves exactly the
// routes under app/api/v1.
import type { ApiRoute } from "./api-route";
import type { RouteHandler } from "./handler";

const PREFIX = "/api/v1";

// Fewer parameters first, as Next.js prefers static segments: /systems/bulk-assign must not be
// taken for /systems/{id}, whatever order the list has.
const compile = (routes: readonly ApiRoute[]) => routes.map((r) => {
  const names: string[] = [];
  const pattern = r.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"));
  return { regex: new RegExp(`^${pattern}/?$`), names, module: r.module, template: r.path };
}).sort((a, b) => a.names.length - b.names.length);

// Compiled once per list: the caller passes the same module-level array on every request.
const compiledLists = new WeakMap<readonly ApiRoute[], ReturnType<typeof compile>>();

export type MatchedRoute = { handler: RouteHandler; params: Record<string, string>; template: string };

/** null when no registered route has that method: Next.js then answers (404 or 405). */
export function matchApiRoute(routes: readonly ApiRoute[], method: string, pathname: string): MatchedRoute | null {
  if (!pathname.startsWith(`${PREFIX}/`)) return null;
  const rest = pathname.slice(PREFIX.length);
  let compiled = compiledLists.get(routes);
  if (!compiled) compiledLists.set(routes, (compiled = compile(routes)));
  for (const route of compiled) {
    const m = route.regex.exec(rest);
    if (!m) continue;
    const handler = route.module[method] as RouteHandler | undefined;
    if (typeof handler !== "function") return null;
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    } catch {
      return null; // malformed %-escape: let Next answer
    }
    return { handler, params, template: route.template };
  }
  return null;
}
