import { describe, expect, it } from "vitest";
import { matchApiRoute } from "./match-api-route";
import * as systemById from "@/app/api/v1/systems/[id]/route";
import * as systems from "@/app/api/v1/systems/route";
import * as bulkAssign from "@/app/api/v1/systems/bulk-assign/route";

describe("matchApiRoute", () => {
  it("finds the handler of a method and decodes path parameters", () => {
    expect(matchApiRoute("GET", "/api/v1/systems")).toEqual({ handler: systems.GET, params: {} });
    expect(matchApiRoute("PATCH", "/api/v1/systems/order%20svc")).toEqual({ handler: systemById.PATCH, params: { id: "order svc" } });
    expect(matchApiRoute("GET", "/api/v1/systems/")?.handler).toBe(systems.GET);
  });

  it("prefers a static segment to a parameter, whatever the registry's order", () => {
    expect(matchApiRoute("POST", "/api/v1/systems/bulk-assign")).toEqual({ handler: bulkAssign.POST, params: {} });
  });

  it("leaves to Next.js what it does not serve", () => {
    expect(matchApiRoute("PUT", "/api/v1/systems")).toBeNull(); // method not exported → Next answers 405
    expect(matchApiRoute("GET", "/api/v1/nowhere")).toBeNull();
    expect(matchApiRoute("GET", "/api/v1/systems/a/b")).toBeNull();
    expect(matchApiRoute("GET", "/api/health")).toBeNull();
    expect(matchApiRoute("GET", "/api/v1/systems/%E0%A4%A")).toBeNull(); // malformed escape
  });
});
