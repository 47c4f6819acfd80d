// Machine tokens: created and revoked by admins (audited), one scope each, refused everywhere
// else (the route matrix checks every route); a scoped token outlives its creator's deactivation
// while the creator's personal token does not; /metrics for SCRAPE tokens only.
import { afterAll, describe, expect, it } from "vitest";
import { anonymous, ApiClient, as, uniqueKey, withToken } from "./helpers/client";
import { auditEntries, closeDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { machineToken, sample } from "./helpers/ingest";

afterAll(closeDb);

describe("machine tokens", () => {
  it("shows the secret once, audits creation and revocation, and stays out of the personal token list", async () => {
    const admin = await as("ADMIN");
    const name = uniqueKey("bridge");
    const created = await admin.post("/api/v1/ingestion/tokens", { name, scope: "INGEST" });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^jct_/);
    expect(created.body.token).toMatchObject({ name, scope: "INGEST", revokedAt: null, createdBy: { name: "Ada Admin", active: true } });
    const listed = await admin.get("/api/v1/ingestion/tokens");
    expect(listed.body.items.find((t: { id: string }) => t.id === created.body.token.id)).toBeTruthy();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect((await admin.get("/api/v1/tokens")).body.items.map((t: { id: string }) => t.id)).not.toContain(created.body.token.id);
    // A personal token's revoke route does not reach a machine token.
    expect((await admin.delete(`/api/v1/tokens/${created.body.token.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/v1/ingestion/tokens/${created.body.token.id}`)).status).toBe(204);
    const entries = await auditEntries("API_TOKEN", created.body.token.id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    expect(entries[0].after).toMatchObject({ scope: "INGEST", name });
    const ingest = withToken(created.body.secret);
    expect((await ingest.post("/api/v1/health/signals", { samples: [] })).status).toBe(401);
  });

  it("refuses a scope that is not a machine's", async () => {
    const res = await (await as("ADMIN")).post("/api/v1/ingestion/tokens", { name: "full", scope: "FULL" });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["scope"]);
  });

  it("keeps a scoped token working after its creator is deactivated; the creator's personal token stops", async () => {
    const estate = await estateBuilder();
    const system = await estate.system({});
    const person = await estate.person();
    const promoted = await estate.admin.patch(`/api/v1/users/${person.id}`, { version: person.version, role: "ADMIN" });
    expect(promoted.status).toBe(200);
    const creator = new ApiClient();
    const [{ email }] = [(await estate.admin.get(`/api/v1/users/${person.id}`)).body];
    expect(await creator.signIn(email, "ownership-test-pass")).toBe(true);
    const scoped = await creator.post("/api/v1/ingestion/tokens", { name: "leaves-with-admin", scope: "INGEST" });
    const personal = await creator.post("/api/v1/tokens", { name: "mine" });
    expect([scoped.status, personal.status]).toEqual([201, 201]);
    await estate.deactivate(promoted.body);
    const ingest = withToken(scoped.body.secret);
    const res = await ingest.post("/api/v1/health/signals", { samples: [sample({ type: "SYSTEM", id: system.id }, 1, { source: "after-leaving" })] });
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(1);
    expect((await withToken(personal.body.secret).get("/api/v1/me")).status).toBe(401);
  });

  it("serves /metrics to a SCRAPE token only, with request, ingestion and queue metrics", async () => {
    const scrape = withToken((await machineToken("SCRAPE")).secret);
    const ingest = withToken((await machineToken("INGEST")).secret);
    for (const path of ["/metrics", "/api/v1/metrics"]) {
      expect((await anonymous().get(path)).status).toBe(401);
      expect((await ingest.get(path)).status).toBe(403);
      expect((await (await as("ADMIN")).get(path)).status).toBe(403);
      const res = await scrape.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/plain");
      const text = res.body as string;
      expect(text).toMatch(/junction_http_request_duration_seconds_count\{method="POST",route="\/health\/signals",status="200"\} \d+/);
      expect(text).toMatch(/junction_health_ingested_total\{kind="samples",outcome="accepted"\} \d+/);
      expect(text).toMatch(/junction_job_queue_depth\{queue="health-rollup"\} \d+/);
      expect(text).toMatch(/junction_process_cpu_seconds_total \d/);
    }
  });
});
