// The builder on route modules made up here; the real document (every route in app/api/v1) is
// checked in app/api/v1/openapi.json/document.test.ts.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { buildDocument } from "./build-document";
import type { JsonSchema } from "@/lib/openapi/types";

describe("buildDocument", () => {
  it("marks public operations, names input twins, and rejects params missing from the path", () => {
    const ZThing = z.object({ n: z.number().default(1) }).meta({ id: "TestThing" });
    const thing = {
      GET: handle({ access: "public", summary: "t", response: ZThing, handler: async () => ({ n: 1 }) }),
      POST: handle({ access: "public", summary: "t", body: ZThing, response: ZThing, handler: async () => ({ n: 1 }) }),
    };
    const small = buildDocument([{ path: "/things", module: thing }]);
    expect(small.paths["/things"]!.get!.security).toEqual([]);
    expect(small.paths["/things"]!.get!.responses).not.toHaveProperty("401");
    expect(Object.keys(small.components.schemas).sort()).toEqual(["Problem", "TestThing", "TestThingInput"]);
    expect((small.components.schemas.TestThingInput as JsonSchema).required).toBeUndefined();

    const bad = { GET: handle({ access: "public", summary: "t", params: z.object({ id: z.string() }), handler: async () => 1 }) };
    expect(() => buildDocument([{ path: "/things", module: bad }])).toThrow(/not in its path/);
  });

  it("describes a download as a 200 with its media types", () => {
    const file = { GET: handle({ access: "catalog:read", summary: "t", download: ["text/csv"], handler: async () => new Response("a") }) };
    const doc = buildDocument([{ path: "/files", module: file }]);
    expect(doc.paths["/files"]!.get!.responses["200"]).toEqual({
      description: "A file",
      content: { "text/csv": { schema: { type: "string", format: "binary" } } },
    });
  });
});
