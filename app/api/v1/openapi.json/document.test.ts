// The document this route serves is structurally valid OpenAPI 3.1 and covers every exported
// handler of every route in app/api/v1/routes.ts.
import { describe, expect, it } from "vitest";
import { buildDocument, HTTP_METHODS } from "@/server/openapi/build-document";
import { pathParamNames } from "@/server/openapi/build-operation";
import { API_ROUTES as ROUTES } from "../routes";

const doc = buildDocument(ROUTES);
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op: op! })),
);

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe("OpenAPI document", () => {
  it("has the 3.1 skeleton", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Junction API", version: "1" });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "sessionCookie"]);
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it("resolves every $ref to components.schemas", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeDefined();
    }
  });

  it("declares every path parameter of every template", () => {
    for (const { path, op } of operations) {
      const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(declared.sort(), `${path}`).toEqual(pathParamNames(path).sort());
    }
  });

  it("has an operation for every method every registered module exports", () => {
    for (const { path, module } of ROUTES) {
      const exported = HTTP_METHODS.filter((m) => typeof module[m] === "function").map((m) => m.toLowerCase());
      expect(exported.length, `${path} exports no handler`).toBeGreaterThan(0);
      expect(Object.keys(doc.paths[path] ?? {}).sort(), path).toEqual(exported.sort());
    }
  });

  it("gives unique operationIds, a tag, a summary and problem+json errors", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of operations) {
      expect(op.tags).toEqual([path.split("/")[1]]);
      expect(op.summary.length).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => Number(s) >= 400)) {
        expect(response.content?.["application/problem+json"]?.schema, status).toEqual({ $ref: "#/components/schemas/Problem" });
      }
    }
  });

  it("documents systems: query params, body, permissions and error statuses", () => {
    const list = doc.paths["/systems"]!.get!;
    expect(list.description).toBe("Requires permission catalog:read (roles VIEWER, ENGINEER, ADMIN).");
    expect(list.parameters?.find((p) => p.name === "kind")?.description).toMatch(/comma-separated/);
    expect(list.parameters?.find((p) => p.name === "page")).toMatchObject({ in: "query", required: false });
    const create = doc.paths["/systems"]!.post!;
    expect(create.description).toContain("catalog:write (roles ENGINEER, ADMIN)");
    expect(create.requestBody?.content["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/SystemCreate" });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(["201", "401", "403", "409", "422"]));
    const remove = doc.paths["/systems/{id}"]!.delete!;
    expect(remove.responses["204"]).toEqual({ description: "Success, no content" });
    expect(Object.keys(remove.responses)).toContain("404");
  });
});
