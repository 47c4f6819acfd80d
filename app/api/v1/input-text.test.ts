// Every string a route accepts (path parameter, query parameter, body field, at any depth) carries
// the shared control-character check of lib/schemas/text.ts. A new route or field built from
// z.string() instead of textInput() fails here, before a NUL reaches PostgreSQL as a 500.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "./routes";
import { TEXT_CHECKS } from "@/lib/schemas/text";
import type { RouteHandler } from "@/server/http/handler";

type Def = { type: string; checks?: unknown[]; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Paths (like body.owners[].name) of string schemas without the shared check. */
function uncheckedStrings(schema: z.ZodType, at: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (s: unknown, path = at) => uncheckedStrings(s as z.ZodType, path, seen);
  switch (def.type) {
    case "string":
      return def.checks?.some((c) => TEXT_CHECKS.includes(c)) ? [] : [at];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, s]) => inner(s, `${at}.${k}`));
    case "array":
      return inner(def.element, `${at}[]`);
    case "record":
      return [...inner(def.keyType, `${at}{key}`), ...inner(def.valueType, `${at}{}`)];
    case "union":
      return (def.options as unknown[]).flatMap((o) => inner(o));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "tuple":
      return [...(def.items as unknown[]).flatMap((s, i) => inner(s, `${at}[${i}]`)), ...(def.rest ? inner(def.rest) : [])];
    case "pipe": {
      // What a client sends is the pipe's input; after a transform (z.preprocess) the output is
      // parsed from client data too.
      const from = defOf(def.in).type === "transform" ? [inner(def.out)] : [];
      return [...inner(def.in), ...from.flat()];
    }
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner(def.innerType);
    default:
      return []; // numbers, booleans, enums, literals, transforms: no free text
  }
}

const operations = API_ROUTES.flatMap((route) =>
  Object.entries(route.module)
    .filter(([method]) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(method))
    .map(([method, handler]) => ({ name: `${method} ${route.path}`, spec: (handler as RouteHandler).spec })),
);

describe("text inputs refuse control characters", () => {
  it("finds the routes", () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)("$name", ({ spec }) => {
    const parts = { params: spec.params, query: spec.query, body: spec.body };
    const unchecked = Object.entries(parts).flatMap(([where, schema]) => (schema ? uncheckedStrings(schema, where) : []));
    expect(unchecked, "build these from textInput()/multilineInput() (lib/schemas/text.ts)").toEqual([]);
  });
});
