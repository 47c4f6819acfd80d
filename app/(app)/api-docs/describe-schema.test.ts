// The /api-docs page reads the generated document through describeSchema; check it on the real thing.
import { describe, expect, it } from "vitest";
import { describeSchema } from "@/components/api-docs/describe-schema";
import { buildDocument } from "@/server/openapi/build-document";
import { API_ROUTES } from "@/app/api/v1/routes";

const doc = buildDocument(API_ROUTES);
const components = doc.components.schemas;

describe("describeSchema", () => {
  it("follows refs, unwraps nullable unions and arrays, and lists enum values", () => {
    const system = describeSchema({ $ref: "#/components/schemas/System" }, components);
    expect(system.type).toBe("System");
    const field = (name: string) => system.fields.find((f) => f.name === name)!;
    expect(field("team").shape).toMatchObject({ type: "object", nullable: true });
    expect(field("team").shape.fields.map((f) => f.name)).toEqual(["id", "key", "name"]);
    expect(field("tags").shape.type).toBe("string[]");
    expect(field("kind").shape.enumValues).toContain("DATABASE");
    expect(field("createdAt").shape.type).toBe("string (date-time)");
    const page = describeSchema({ $ref: "#/components/schemas/SystemPage" }, components);
    expect(page.fields.find((f) => f.name === "items")?.shape.type).toBe("System[]");
  });

  it("stops at a $ref cycle", () => {
    const node = { type: "object", properties: { child: { $ref: "#/components/schemas/Node" } } };
    const shape = describeSchema({ $ref: "#/components/schemas/Node" }, { Node: node });
    expect(shape.fields[0]!.shape).toMatchObject({ type: "Node", fields: [] });
  });

});
