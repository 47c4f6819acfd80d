import { describe, expect, it } from "vitest";
import type { ApiRoute } from "./api-route";
import { matchApiRoute } from "./match-api-route";

// Stand-in route modules: the matcher only reads the exported functions by method name.
const systems = { GET: () => "list", POST: () => "create" };
const systemById = { GET: () => "get", PATCH: () => "update" };
const bulkAssign = { POST: () => "bulk" };
// {id} listed before the static segment on purpose: the order of the list must not matter.
const ROUTES: readonly ApiRoute[] = [
  { path: "/systems/{id}", module: systemById },
  { path: "/systems", module: systems },
  { path: "/systems/bulk-assign", module: bulkAssign },
];
const match = (method: string, pathname: string) => matchApiRoute(ROUTES, method, pathname);

describe("matchApiRoute", () => {
  it("finds the handler of a method and decodes path parameters", () => {
    expect(match("GET", "/api/v1/systems")).toEqual({ handler: systems.GET, params: {}, template: "/systems" });
    expect(match("PATCH", "/api/v1/systems/order%20svc")).toEqual({ handler: systemById.PATCH, params: { id: "order svc" }, template: "/systems/{id}" });
    expect(match("GET", "/api/v1/systems/")?.handler).toBe(systems.GET);
  });

  it("prefers a static segment to a parameter, whatever the list's order", () => {
    expect(match("POST", "/api/v1/systems/bulk-assign")).toEqual({ handler: bulkAssign.POST, params: {}, template: "/systems/bulk-assign" });
  });

  it("leaves to Next.js what it does not serve", () => {
    expect(match("PUT", "/api/v1/systems")).toBeNull(); // method not exported → Next answers 405
    expect(match("GET", "/api/v1/nowhere")).toBeNull();
    expect(match("GET", "/api/v1/systems/a/b")).toBeNull();
    expect(match("GET", "/api/health")).toBeNull();
    expect(match("GET", "/api/v1/systems/%E0%A4%A")).toBeNull(); // malformed escape
  });

  it("matches against the list it is given", () => {
    expect(matchApiRoute([{ path: "/teams", module: systems }], "GET", "/api/v1/systems")).toBeNull();
    expect(matchApiRoute([{ path: "/teams", module: systems }], "GET", "/api/v1/teams")?.handler).toBe(systems.GET);
  });
});
