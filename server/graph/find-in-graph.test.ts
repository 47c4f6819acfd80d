import { describe, expect, it } from "vitest";
import { AppError } from "@/server/http/app-error";
import { buildGraph } from "./build-graph";
import { findInGraph } from "./find-in-graph";

const system = (id: string, key: string) => ({
  id, key, name: id, kind: "BUSINESS_APP" as const, layer: "BUSINESS" as const, tier: 2, lifecycle: "ACTIVE" as const, teamId: null, technicalOwnerId: null, domain: null, grouping: null,
});
const graph = buildGraph({
  version: 1n,
  systems: [system("s1", "orders"), system("s2", "billing")],
  interfaces: [{ id: "i1", key: "orders-billing", name: "i1", style: "REST", mode: "SYNC", endpoint: null, providerSystemId: "s1", consumerSystemId: "s2", viaSystemId: null }],
});

describe("findInGraph", () => {
  it("finds a system or an interface by id or by key", () => {
    expect(graph.systems[findInGraph({ graph, type: "system", idOrKey: "s2" })].id).toBe("s2");
    expect(graph.systems[findInGraph({ graph, type: "system", idOrKey: "billing" })].id).toBe("s2");
    expect(graph.interfaces[findInGraph({ graph, type: "interface", idOrKey: "orders-billing" })].id).toBe("i1");
  });

  it("answers 404 naming what was looked for, and does not mix systems with interfaces", () => {
    const notFound = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof AppError ? `${error.status} ${error.message}` : error;
      }
      return "found";
    };
    expect(notFound(() => findInGraph({ graph, type: "interface", idOrKey: "s1" }))).toBe("404 Interface was not found");
    expect(notFound(() => findInGraph({ graph, type: "system", idOrKey: "i1" }))).toBe("404 System was not found");
    expect(notFound(() => findInGraph({ graph, type: "system", idOrKey: "nope", what: "focusSystem" }))).toBe("404 The focus system was not found");
  });
});
