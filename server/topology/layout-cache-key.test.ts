import { describe, expect, it } from "vitest";
import { ZTopologyQuery } from "@/lib/schemas/topology";
import { layoutCacheKey } from "./layout-cache-key";

const key = (query: Record<string, string>) => layoutCacheKey(ZTopologyQuery.parse(query));

describe("the layout cache key of a view", () => {
  it("is the same for the same view however its parameters are ordered", () => {
    expect(key({ kind: "DATABASE,GATEWAY", teamId: "b,a" })).toBe(key({ teamId: "a,b", kind: "GATEWAY,DATABASE" }));
    expect(key({})).toBe(key({ depth: "2", direction: "both" })); // the defaults, spelled out
  });

  it("differs when the view's nodes may differ", () => {
    const keys = [key({}), key({ kind: "DATABASE" }), key({ groupBy: "team" }), key({ focus: "s1" }), key({ focus: "s1", depth: "3" })];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
