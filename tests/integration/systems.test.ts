import { describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey } from "./helpers/client";

const newSystem = (over: Record<string, unknown> = {}) => ({
  key: uniqueKey("sys"),
  name: "Test system",
  kind: "BUSINESS_APP",
  layer: "BUSINESS",
  ...over,
});

describe("/api/v1/systems", () => {
  it("refuses anonymous callers with 401 problem+json", async () => {
    const res = await anonymous().get("/api/v1/systems");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body).toMatchObject({ status: 401, title: "Unauthorized" });
  });

  it("creates, reads, updates with version check, and audits", async () => {
    const eng = await as("ENGINEER");
    const created = await eng.post("/api/v1/systems", newSystem({ tags: ["orders"] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, tier: 2, lifecycle: "ACTIVE", tags: ["orders"] });
    const id = created.body.id;

    const byKey = await eng.get(`/api/v1/systems/${created.body.key}`);
    expect(byKey.status).toBe(200);
    expect(byKey.body.id).toBe(id);

    const updated = await eng.patch(`/api/v1/systems/${id}`, { version: 1, name: "Renamed" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Renamed", version: 2 });

    const stale = await eng.patch(`/api/v1/systems/${id}`, { version: 1, name: "Lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });
    expect((await eng.get(`/api/v1/systems/${id}`)).body.name).toBe("Renamed");
  });

  it("rejects a duplicate key with 409", async () => {
    const eng = await as("ENGINEER");
    const body = newSystem();
    expect((await eng.post("/api/v1/systems", body)).status).toBe(201);
    const dup = await eng.post("/api/v1/systems", body);
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: "key", message: "already exists" });
  });

  it("answers bad bodies with field paths", async () => {
    const eng = await as("ENGINEER");
    const res = await eng.post("/api/v1/systems", { key: "Bad Key", name: "", kind: "NOPE", layer: "DATA", tier: 9, bogus: 1 });
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["key", "name", "kind", "tier", "bogus"]));
    const malformed = await eng.request("POST", "/api/v1/systems", "{not json");
    expect(malformed.status).toBe(400);
  });
});
