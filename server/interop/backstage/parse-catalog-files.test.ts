import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { keyForRef, parseEntityRef } from "./entity-ref";
import { parseCatalogFiles } from "./parse-catalog-files";
import { readCatalogUpload } from "./read-catalog-upload";

const component = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n`;
const read = (files: { name: string; text?: string; base64?: string }[]) => {
  const { upload, errors } = readCatalogUpload({ files });
  return { ...parseCatalogFiles({ upload }), uploadErrors: errors };
};

describe("reading catalog files", () => {
  it("reports a broken document with its file and line, and still reads the others", () => {
    const text = `${component("a")}---\nkind: Component\nmetadata: [unclosed\n---\n${component("b")}`;
    const r = read([{ name: "catalog-info.yaml", text }]);
    expect(r.entities.map((e) => e.refText)).toEqual(["component:default/a", "component:default/b"]);
    // The flow sequence opened on line 9 is found unclosed where the next "---" stands, line 10.
    expect(r.errors).toEqual([expect.objectContaining({ entity: "yaml", file: "catalog-info.yaml", line: 10 })]);
  });

  it("reports a document that is not an entity", () => {
    const r = read([{ name: "x.yaml", text: "just: a map\n" }]);
    expect(r.errors).toEqual([expect.objectContaining({ file: "x.yaml", line: 1, message: expect.stringContaining("Not a catalog entity") })]);
  });

  it("follows a Location inside the upload and reports targets outside it or at a URL", () => {
    const location = "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: l\nspec:\n  targets: [./svc/entities.txt, ../elsewhere.yaml, https://example.com/c.yaml]\n";
    const r = read([{ name: "repo/all.yaml", text: location }, { name: "repo/svc/entities.txt", text: component("c") }]);
    expect(r.entities.map((e) => e.refText)).toEqual(["location:default/l", "component:default/c"]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("../elsewhere.yaml is not in the upload"),
      expect.stringContaining("https://example.com/c.yaml is a URL"),
    ]);
  });

  it("reads a zip's entries under the zip's name, resolving $text within it", () => {
    const api = "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: p\nspec:\n  type: openapi\n  definition:\n    $text: ./p.oas.yaml\n";
    const zip = zipSync({ "apis/p.yaml": strToU8(api), "apis/p.oas.yaml": strToU8("openapi: 3.0.0\ninfo: {title: p}\n") });
    const r = read([{ name: "catalog.zip", base64: Buffer.from(zip).toString("base64") }]);
    expect(r.errors).toEqual([]);
    expect(r.entities).toEqual([expect.objectContaining({ refText: "api:default/p", file: "catalog.zip/apis/p.yaml", definition: expect.stringContaining("openapi: 3.0.0") })]);
  });

  it("reports a file that is not a zip", () => {
    const r = read([{ name: "broken.zip", base64: Buffer.from("nope").toString("base64") }]);
    expect(r.uploadErrors).toEqual([expect.objectContaining({ file: "broken.zip", message: "Not a readable zip file" })]);
  });
});

describe("entity refs and keys", () => {
  it("fills in the kind and namespace a field implies, lowercase", () => {
    expect(parseEntityRef("team-a", "group")).toEqual({ kind: "group", namespace: "default", name: "team-a" });
    expect(parseEntityRef("User:Development/Guest", "group")).toEqual({ kind: "user", namespace: "development", name: "guest" });
    expect(parseEntityRef("a b", "group")).toBeNull();
  });

  it("makes keys Junction accepts: namespace--name outside default, long ones hashed", () => {
    expect(keyForRef({ namespace: "default", name: "frank.tiernan" })).toBe("frank-tiernan");
    expect(keyForRef({ namespace: "development", name: "guest" })).toBe("development--guest");
    const long = keyForRef({ namespace: "default", name: "x".repeat(100) });
    expect(long).toMatch(/^x{54}-[0-9a-f]{8}$/);
  });
});
