// A new route.ts under app/api/v1 must be listed, or the API ships without documentation and the
// fast path (scripts/serve.ts) leaves it to Next.js.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES as ROUTES, UNDOCUMENTED_ROUTE_FILES } from "./routes";

const API_DIR = import.meta.dirname;

/** "systems/[id]/route.ts" → "/systems/{id}" */
const templateOf = (file: string) =>
  "/" + path.dirname(file).split(path.sep).map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/");

const routeFiles = readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => file.split(path.sep).join("/"))
  .sort();

describe("API route list", () => {
  it("finds route files on disk", () => {
    expect(routeFiles).toContain("systems/route.ts");
  });

  it("registers every app/api/v1/**/route.ts", () => {
    const registered = new Set(ROUTES.map((r) => r.path));
    const missing = routeFiles
      .filter((file) => !(UNDOCUMENTED_ROUTE_FILES as readonly string[]).includes(file))
      .filter((file) => !registered.has(templateOf(file)));
    expect(missing, "add these to app/api/v1/routes.ts").toEqual([]);
  });

  it("registers nothing that is not on disk, and each path once", () => {
    const onDisk = new Set(routeFiles.map(templateOf));
    expect(ROUTES.filter((r) => !onDisk.has(r.path)).map((r) => r.path)).toEqual([]);
    expect(new Set(ROUTES.map((r) => r.path)).size).toBe(ROUTES.length);
  });
});
