import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, userIdByEmail } from "./helpers/db";

let eng: ApiClient;
let provider: string;
let consumer: string;
let broker: string;

async function createSystem(): Promise<string> {
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("sys"), name: "Interface test system", kind: "BUSINESS_APP", layer: "BUSINESS" });
  expect(res.status).toBe(201);
  return res.body.id;
}

const newInterface = (over: Record<string, unknown> = {}) => ({
  key: uniqueKey("if"),
  name: "Test interface",
  style: "REST",
  mode: "SYNC",
  providerSystemId: provider,
  consumerSystemId: consumer,
  ...over,
});

const paths = (body: { errors: { path: string }[] }) => body.errors.map((e) => e.path);

beforeAll(async () => {
  eng = await as("ENGINEER");
  [provider, consumer, broker] = await Promise.all([createSystem(), createSystem(), createSystem()]);
});
afterAll(closeDb);

describe("/api/v1/interfaces access", () => {
  it("refuses anonymous callers with 401 problem+json", async () => {
    for (const res of [await anonymous().get("/api/v1/interfaces"), await anonymous().post("/api/v1/interfaces", newInterface())]) {
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("lets a viewer read but not change (403)", async () => {
    const viewer = await as("VIEWER");
    const created = await eng.post("/api/v1/interfaces", newInterface());
    const id = created.body.id;
    expect((await viewer.get(`/api/v1/interfaces/${id}`)).status).toBe(200);
    expect((await viewer.post("/api/v1/interfaces", newInterface())).status).toBe(403);
    const patch = await viewer.patch(`/api/v1/interfaces/${id}`, { version: 1, name: "Viewer edit" });
    expect(patch.status).toBe(403);
    expect(patch.body).toMatchObject({ status: 403, title: "Forbidden" });
    expect((await viewer.delete(`/api/v1/interfaces/${id}`)).status).toBe(403);
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toMatchObject({ name: "Test interface", version: 1 });
  });
});

describe("/api/v1/interfaces lifecycle", () => {
  it("creates with defaults and refs, reads by id and key, updates with version check, deletes, and audits each change", async () => {
    const ownerId = await userIdByEmail("engineer@junction.local");
    const created = await eng.post("/api/v1/interfaces", newInterface({ viaSystemId: broker, technicalOwnerId: ownerId, dataObjects: ["order"] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1, tier: 2, lifecycle: "ACTIVE", authMethod: "NONE", contractFormat: "NONE", endpoint: null, dataObjects: ["order"],
      provider: { id: provider }, consumer: { id: consumer }, via: { id: broker }, team: null,
      technicalOwner: { id: ownerId, email: "engineer@junction.local", active: true },
    });
    const { id, key } = created.body;

    const byKey = await eng.get(`/api/v1/interfaces/${key}`);
    expect(byKey.status).toBe(200);
    expect(byKey.body.id).toBe(id);

    const updated = await eng.patch(`/api/v1/interfaces/${id}`, { version: 1, name: "Renamed", viaSystemId: null });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Renamed", version: 2, viaSystemId: null, via: null });

    const stale = await eng.patch(`/api/v1/interfaces/${id}`, { version: 1, name: "Lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toMatchObject({ name: "Renamed", version: 2 });

    expect((await eng.delete(`/api/v1/interfaces/${id}`)).status).toBe(204);
    expect((await eng.get(`/api/v1/interfaces/${id}`)).status).toBe(404);

    const audit = await auditEntries("INTERFACE", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(audit[0]).toMatchObject({ actorLabel: "engineer@junction.local", before: null, after: { key, name: "Test interface" } });
    expect(audit[1]).toMatchObject({ before: { name: "Test interface", version: 1 }, after: { name: "Renamed", version: 2 } });
    expect(audit[2]).toMatchObject({ before: { name: "Renamed" }, after: null });
  });

  it("judges provider and consumer on the merged record when a PATCH moves one end", async () => {
    const { body } = await eng.post("/api/v1/interfaces", newInterface());
    const sameEnds = await eng.patch(`/api/v1/interfaces/${body.id}`, { version: 1, providerSystemId: consumer });
    expect(sameEnds.status).toBe(422);
    expect(sameEnds.body.errors).toContainEqual({ path: "consumerSystemId", message: "must differ from the provider" });
    const viaIsEnd = await eng.patch(`/api/v1/interfaces/${body.id}`, { version: 1, viaSystemId: provider });
    expect(viaIsEnd.status).toBe(422);
    expect(paths(viaIsEnd.body)).toEqual(["viaSystemId"]);

    const moved = await eng.patch(`/api/v1/interfaces/${body.id}`, { version: 1, providerSystemId: broker });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ provider: { id: broker }, consumer: { id: consumer }, version: 2 });
    expect((await auditEntries("INTERFACE", body.id)).map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("rejects a duplicate key with 409", async () => {
    const body = newInterface();
    expect((await eng.post("/api/v1/interfaces", body)).status).toBe(201);
    const dup = await eng.post("/api/v1/interfaces", { ...body, name: "Other" });
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: "key", message: "already exists" });
  });
});

describe("reliability facts", () => {
  const UNRECORDED = { deliveryGuarantee: null, idempotent: null, retryPolicy: null, deadLetterQueue: null, tlsInTransit: null };
  const RECORDED = {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: "5 attempts, exponential backoff from 1 s",
    deadLetterQueue: "orders.dlq", tlsInTransit: true,
  };

  it("start unrecorded (null, not false) when a create leaves them out", async () => {
    const created = await eng.post("/api/v1/interfaces", newInterface());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(UNRECORDED);
    expect((await eng.get(`/api/v1/interfaces/${created.body.id}`)).body).toMatchObject(UNRECORDED);
  });

  it("are created, read in GET and lists, changed, cleared back to unrecorded, and audited", async () => {
    const created = await eng.post("/api/v1/interfaces", newInterface({ style: "MESSAGE_QUEUE", mode: "ASYNC", ...RECORDED, retryPolicy: `  ${RECORDED.retryPolicy} ` }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(RECORDED);
    const { id, key } = created.body;
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toMatchObject(RECORDED);
    const listed = await eng.get(`/api/v1/interfaces?q=${key}`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id, ...RECORDED })]);

    // "no" is a recorded answer, distinct from null; "" clears text.
    const changed = await eng.patch(`/api/v1/interfaces/${id}`, {
      version: 1, deliveryGuarantee: "EXACTLY_ONCE", idempotent: false, retryPolicy: "", deadLetterQueue: null, tlsInTransit: null,
    });
    expect(changed.status).toBe(200);
    const after = { deliveryGuarantee: "EXACTLY_ONCE", idempotent: false, retryPolicy: null, deadLetterQueue: null, tlsInTransit: null };
    expect(changed.body).toMatchObject({ ...after, version: 2 });
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toMatchObject(after);

    const cleared = await eng.patch(`/api/v1/interfaces/${id}`, { version: 2, deliveryGuarantee: null, idempotent: null });
    expect(cleared.status).toBe(200);
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toMatchObject({ ...UNRECORDED, version: 3 });

    const audit = await auditEntries("INTERFACE", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(audit[0].after).toMatchObject(RECORDED);
    expect(audit[1]).toMatchObject({ before: RECORDED, after });
    expect(audit[2]).toMatchObject({ before: { deliveryGuarantee: "EXACTLY_ONCE", idempotent: false }, after: UNRECORDED });
  });

  it("refuses a value outside each field's type at its path", async () => {
    const res = await eng.post("/api/v1/interfaces", newInterface({
      deliveryGuarantee: "TWICE", idempotent: "yes", retryPolicy: "a\u0000b", deadLetterQueue: "q".repeat(256), tlsInTransit: 1,
    }));
    expect(res.status).toBe(422);
    expect(paths(res.body).sort()).toEqual(["deadLetterQueue", "deliveryGuarantee", "idempotent", "retryPolicy", "tlsInTransit"]);
    const longest = await eng.post("/api/v1/interfaces", newInterface({ deadLetterQueue: "q".repeat(255), retryPolicy: "r".repeat(300) }));
    expect(longest.status).toBe(201);
  });
});

describe("/api/v1/interfaces validation", () => {
  it("rejects provider == consumer and a via that is one of the ends", async () => {
    const res = await eng.post("/api/v1/interfaces", newInterface({ consumerSystemId: provider, viaSystemId: provider }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(paths(res.body).sort()).toEqual(["consumerSystemId", "viaSystemId"]);
  });

  it("rejects unknown systems, teams and owners at their field paths", async () => {
    const res = await eng.post("/api/v1/interfaces", newInterface({ providerSystemId: "no-such-system", viaSystemId: "no-such-broker", teamId: "no-such-team", technicalOwnerId: "no-such-user" }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      { path: "providerSystemId", message: "unknown system" },
      { path: "viaSystemId", message: "unknown system" },
      { path: "teamId", message: "unknown team" },
      { path: "technicalOwnerId", message: "unknown user" },
    ]));
  });

  it("answers unknown fields and wrong types with field paths, malformed JSON with 400", async () => {
    const res = await eng.post("/api/v1/interfaces", newInterface({
      key: "Bad Key", style: "CARRIER_PIGEON", mode: 5, tier: "high", dataObjects: "orders", contractUrl: "ftp://x", bogus: 1,
    }));
    expect(res.status).toBe(422);
    expect(paths(res.body)).toEqual(expect.arrayContaining(["key", "style", "mode", "tier", "dataObjects", "contractUrl", "bogus"]));
    expect(res.body.errors).toContainEqual({ path: "bogus", message: "unknown field" });

    const missing = await eng.post("/api/v1/interfaces", { key: uniqueKey("if"), name: "No ends" });
    expect(paths(missing.body)).toEqual(expect.arrayContaining(["style", "mode", "providerSystemId", "consumerSystemId"]));

    const malformed = await eng.request("POST", "/api/v1/interfaces", "{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("GET /api/v1/interfaces", () => {
  it("searches, filters, sorts and paginates", async () => {
    const run = uniqueKey("ifl");
    const endpointToken = uniqueKey("topic");
    const team = await eng.post("/api/v1/teams", { key: uniqueKey("team"), name: "Interface list team" });
    const [p, c, v] = await Promise.all([createSystem(), createSystem(), createSystem()]);
    const make = (suffix: string, over: Record<string, unknown>) =>
      eng.post("/api/v1/interfaces", newInterface({ key: `${run}-${suffix}`, providerSystemId: p, consumerSystemId: c, ...over }));
    const a = await make("a", { style: "REST", mode: "SYNC", tier: 0, teamId: team.body.id });
    const b = await make("b", { style: "MESSAGE_QUEUE", mode: "ASYNC", tier: 1, viaSystemId: v, endpoint: `orders.${endpointToken}` });
    const c2 = await make("c", { style: "GRPC", mode: "SYNC", tier: 3, providerSystemId: c, consumerSystemId: p, authMethod: "MTLS" });
    expect([a.status, b.status, c2.status]).toEqual([201, 201, 201]);

    const keys = async (query: string) => {
      const res = await eng.get(`/api/v1/interfaces?q=${run}&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((i: { key: string }) => i.key.slice(run.length + 1));
    };
    expect(await keys("sort=key")).toEqual(["a", "b", "c"]);
    expect(await keys("sort=-key")).toEqual(["c", "b", "a"]);
    expect(await keys("sort=-tier")).toEqual(["c", "b", "a"]);
    expect(await keys("style=REST,GRPC&sort=key")).toEqual(["a", "c"]);
    expect(await keys("mode=ASYNC")).toEqual(["b"]);
    expect(await keys("tier=0,3&sort=key")).toEqual(["a", "c"]);
    expect(await keys("authMethod=MTLS")).toEqual(["c"]);
    expect(await keys(`teamId=${team.body.id}`)).toEqual(["a"]);
    expect(await keys(`providerSystemId=${p}&sort=key`)).toEqual(["a", "b"]);
    expect(await keys(`consumerSystemId=${p}`)).toEqual(["c"]);
    expect(await keys(`systemId=${v}`)).toEqual(["b"]);

    const bySystem = await eng.get(`/api/v1/interfaces?systemId=${c}&sort=key`);
    expect(bySystem.body.total).toBe(3);
    const byEndpoint = await eng.get(`/api/v1/interfaces?q=${endpointToken.toUpperCase()}`);
    expect(byEndpoint.body.items.map((i: { id: string }) => i.id)).toEqual([b.body.id]);

    const page2 = await eng.get(`/api/v1/interfaces?q=${run}&sort=key&page=2&pageSize=2`);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([c2.body.id]);
  });

  it("rejects unknown sort fields, enum values and oversized pages with 400", async () => {
    for (const query of ["sort=provider", "style=REST,NOPE", "tier=4", "pageSize=201"]) {
      const res = await eng.get(`/api/v1/interfaces?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].path, query).toMatch(/^query\./);
    }
  });
});
