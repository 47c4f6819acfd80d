// The bus-factor threshold N: readable by everyone signed in, changed by admins only, and used
// by the bus-factor rule at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";

let admin: ApiClient;
let eng: ApiClient;

beforeAll(async () => {
  admin = await as("ADMIN");
  eng = await as("ENGINEER");
});
afterAll(closeDb);

describe("/api/v1/ownership/settings", () => {
  it("is read by anyone signed in and changed by admins only", async () => {
    const read = await (await as("VIEWER")).get("/api/v1/ownership/settings");
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ busFactorThreshold: expect.any(Number), staleDays: 180, quietDays: 90 });
    const n = read.body.busFactorThreshold;
    expect((await anonymous().get("/api/v1/ownership/settings")).status).toBe(401);
    expect((await anonymous().patch("/api/v1/ownership/settings", { busFactorThreshold: n })).status).toBe(401);
    for (const role of ["VIEWER", "ENGINEER"] as const) {
      const res = await (await as(role)).patch("/api/v1/ownership/settings", { busFactorThreshold: n + 1 });
      expect(res.status).toBe(403);
    }
    for (const bad of [{ busFactorThreshold: 0 }, { busFactorThreshold: 1001 }, { busFactorThreshold: "4" }, { busFactorThreshold: 2.5 }, { busFactorThreshold: n, staleDays: 10 }, {}]) {
      const res = await admin.patch("/api/v1/ownership/settings", bad);
      expect(res.status).toBe(422);
    }
    expect((await eng.get("/api/v1/ownership/settings")).body.busFactorThreshold).toBe(n);
  });

  it("moves the bus-factor line for everyone at once", async () => {
    const { busFactorThreshold: n } = (await eng.get("/api/v1/ownership/settings")).body;
    expect(n).toBeLessThanOrEqual(10);
    const email = `${uniqueKey("bus")}@example.test`;
    const owner = (await admin.post("/api/v1/users", { email, name: "Bus owner", role: "VIEWER", password: "ownership-test-pass" })).body;
    const team = (await eng.post("/api/v1/teams", { key: uniqueKey("bus-team"), name: "Bus team", members: [{ userId: owner.id, role: "LEAD" }] })).body;
    for (let i = 0; i <= n; i++) {
      const res = await eng.post("/api/v1/systems", {
        key: uniqueKey("bus-sys"), name: `Bus ${i}`, kind: "GATEWAY", layer: "INFRASTRUCTURE", tier: 0, teamId: team.id, technicalOwnerId: owner.id,
      });
      expect(res.status).toBe(201);
    }
    const busFindings = async () => (await eng.get(`/api/v1/ownership/gaps?teamId=${team.id}&rule=bus-factor`)).body.findings.total;
    expect(await busFindings()).toBe(1);
    try {
      const raised = await admin.patch("/api/v1/ownership/settings", { busFactorThreshold: n + 1 });
      expect(raised.status).toBe(200);
      expect(raised.body).toEqual({ busFactorThreshold: n + 1, staleDays: 180, quietDays: 90 });
      expect((await eng.get("/api/v1/ownership/gaps?pageSize=1")).body.settings.busFactorThreshold).toBe(n + 1);
      expect(await busFindings()).toBe(0);
    } finally {
      expect((await admin.patch("/api/v1/ownership/settings", { busFactorThreshold: n })).status).toBe(200);
    }
    expect(await busFindings()).toBe(1);
  });

  it("audits each change with the value it replaced, visible to every reader, and not a save that changes nothing", async () => {
    const { busFactorThreshold: n } = (await eng.get("/api/v1/ownership/settings")).body;
    const entries = async (client: ApiClient) =>
      (await client.get("/api/v1/audit?entityType=SETTING&entityId=ownership.busFactorThreshold&pageSize=200")).body;
    const before = (await entries(admin)).total;
    try {
      expect((await admin.patch("/api/v1/ownership/settings", { busFactorThreshold: n + 2 })).status).toBe(200);
      expect((await admin.patch("/api/v1/ownership/settings", { busFactorThreshold: n + 2 })).status).toBe(200);
      const seen = await entries(await as("VIEWER"));
      expect(seen.total).toBe(before + 1);
      expect(seen.items[0]).toMatchObject({
        action: "UPDATE", entityType: "SETTING", entityId: "ownership.busFactorThreshold",
        actor: { label: "admin@junction.local", viaToken: false },
        before: { busFactorThreshold: n }, after: { busFactorThreshold: n + 2 },
      });
    } finally {
      expect((await admin.patch("/api/v1/ownership/settings", { busFactorThreshold: n })).status).toBe(200);
    }
    const restored = (await entries(admin)).items[0];
    expect(restored).toMatchObject({ before: { busFactorThreshold: n + 2 }, after: { busFactorThreshold: n } });
  });
});
