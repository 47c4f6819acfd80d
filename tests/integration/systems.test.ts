import { afterAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey } from "./helpers/client";
import { auditEntries, closeDb } from "./helpers/db";

afterAll(closeDb);

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

  it("keeps a monitoring dashboard link: create, read, list, change, clear, audit", async () => {
    const eng = await as("ENGINEER");
    const url = "https://grafana.example.test/d/orders";
    const created = await eng.post("/api/v1/systems", newSystem({ monitoringUrl: url }));
    expect(created.status).toBe(201);
    expect(created.body.monitoringUrl).toBe(url);
    const { id, key } = created.body;
    expect((await eng.get(`/api/v1/systems/${id}`)).body.monitoringUrl).toBe(url);
    expect((await eng.get(`/api/v1/systems?q=${key}`)).body.items).toEqual([expect.objectContaining({ id, monitoringUrl: url })]);

    const moved = await eng.patch(`/api/v1/systems/${id}`, { version: 1, monitoringUrl: `${url}-v2` });
    expect(moved.status).toBe(200);
    expect(moved.body.monitoringUrl).toBe(`${url}-v2`);
    const cleared = await eng.patch(`/api/v1/systems/${id}`, { version: 2, monitoringUrl: "" });
    expect(cleared.status).toBe(200);
    expect((await eng.get(`/api/v1/systems/${id}`)).body).toMatchObject({ monitoringUrl: null, version: 3 });
    expect((await eng.post("/api/v1/systems", newSystem())).body.monitoringUrl).toBeNull();

    const bad = await eng.patch(`/api/v1/systems/${id}`, { version: 3, monitoringUrl: "grafana/d/orders" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["monitoringUrl"]);

    const audit = await auditEntries("SYSTEM", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(audit[0].after).toMatchObject({ monitoringUrl: url });
    expect(audit[1]).toMatchObject({ before: { monitoringUrl: url }, after: { monitoringUrl: `${url}-v2` } });
    expect(audit[2]).toMatchObject({ before: { monitoringUrl: `${url}-v2` }, after: { monitoringUrl: null } });
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

describe("systems missing an owner", () => {
  it("lists only systems without every owner named in ?missing=", async () => {
    const eng = await as("ENGINEER");
    const me = (await eng.get("/api/v1/me")).body;
    const team = (await eng.post("/api/v1/teams", { key: uniqueKey("miss"), name: "Missing owners" })).body;
    const tag = uniqueKey("missing");
    const make = (over: Record<string, unknown>) => eng.post("/api/v1/systems", newSystem({ name: tag, ...over }));
    const none = (await make({})).body;
    const onlyTeam = (await make({ teamId: team.id })).body;
    const full = (await make({ teamId: team.id, technicalOwnerId: me.id, businessOwnerId: me.id })).body;
    const keys = async (missing: string) =>
      (await eng.get(`/api/v1/systems?q=${tag}&missing=${missing}`)).body.items.map((s: { key: string }) => s.key).sort();
    expect(await keys("team")).toEqual([none.key]);
    expect(await keys("technicalOwner")).toEqual([none.key, onlyTeam.key].sort());
    expect(await keys("team,businessOwner")).toEqual([none.key]);
    expect(await keys("businessOwner")).not.toContain(full.key);
    expect((await eng.get("/api/v1/systems?missing=nobody")).status).toBe(400);
  });
});

describe("system search and detail", () => {
  it("finds a system by any case of a substring of its key, name or description, and never exposes searchText", async () => {
    const eng = await as("ENGINEER");
    const marker = uniqueKey("zq").replace("-", "");
    const created = await eng.post("/api/v1/systems", newSystem({ name: "Search probe", description: `Carries the ${marker} feed` }));
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("searchText");
    for (const q of [marker.toUpperCase(), marker.slice(2, 8), created.body.key.toUpperCase()]) {
      const res = await eng.get(`/api/v1/systems?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
      expect(res.body.items[0]).not.toHaveProperty("searchText");
    }
    // A rename is searchable at once (the column is kept by a trigger).
    const renamed = await eng.patch(`/api/v1/systems/${created.body.id}`, { version: 1, description: "nothing to see" });
    expect(renamed.status).toBe(200);
    expect((await eng.get(`/api/v1/systems?q=${marker}`)).body.total).toBe(0);
    // Wildcards are literal text, not patterns.
    expect((await eng.get(`/api/v1/systems?q=${encodeURIComponent("%_%")}`)).body.total).toBe(0);
  });

  it("lists a system's interfaces by direction", async () => {
    const eng = await as("ENGINEER");
    const hub = (await eng.post("/api/v1/systems", newSystem({ name: "Hub" }))).body;
    const consumer = (await eng.post("/api/v1/systems", newSystem({ name: "Consumer" }))).body;
    const iface = await eng.post("/api/v1/interfaces", {
      key: uniqueKey("if"), name: "Hub feed", style: "REST", mode: "SYNC", providerSystemId: hub.id, consumerSystemId: consumer.id,
    });
    expect(iface.status).toBe(201);
    expect((await eng.get(`/api/v1/interfaces?consumerSystemId=${consumer.id}`)).body.total).toBe(1);
    const outbound = await eng.get(`/api/v1/interfaces?providerSystemId=${hub.id}`);
    expect(outbound.body.items).toEqual([expect.objectContaining({ id: iface.body.id, consumer: { id: consumer.id, key: consumer.key, name: "Consumer" } })]);
    expect((await eng.get(`/api/v1/interfaces?consumerSystemId=${hub.id}`)).body.total).toBe(0);

    const broker = (await eng.post("/api/v1/systems", newSystem({ name: "Broker", kind: "MESSAGE_BROKER" }))).body;
    const viaBroker = await eng.post("/api/v1/interfaces", {
      key: uniqueKey("if"), name: "Hub events", style: "EVENT_STREAM", mode: "ASYNC",
      providerSystemId: hub.id, consumerSystemId: consumer.id, viaSystemId: broker.id,
    });
    expect(viaBroker.status).toBe(201);
    const brokered = await eng.get(`/api/v1/interfaces?viaSystemId=${broker.id}`);
    expect(brokered.body.items.map((i: { id: string }) => i.id)).toEqual([viaBroker.body.id]);
  });
});
