// Signed webhooks: X-Junction-Signature = sha256=HMAC(secret, "<timestamp>.<raw body>") of a
// source an admin created. Any missing, wrong, tampered, expired or revoked signature is 401
// problem+json, and nothing is stored; the secret is kept encrypted, creation and revocation audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { sample, signedPost, webhookSource } from "./helpers/ingest";

let source: Awaited<ReturnType<typeof webhookSource>>;
let system: { id: string; key: string };
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  system = await (await estateBuilder()).system({});
  source = await webhookSource();
});
afterAll(closeDb);

const body = (source: string, secondsAgo = 5) => JSON.stringify({ samples: [sample({ type: "SYSTEM", id: system.id }, secondsAgo, { source })] });
const storedFrom = async (src: string) =>
  (await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "HealthSample" WHERE "subjectId" = $1 AND "source" = $2`, [system.id, src]))[0].n;

function expectRefused(res: { status: number; headers: Headers; body: { status: number; detail: string } }) {
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.body.detail).toMatch(/signature/);
}

describe("signed webhooks", () => {
  it("accepts a correctly signed batch, on signals and on events", async () => {
    const res = await signedPost("/api/v1/health/signals", body("hook-ok"), source);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await storedFrom("hook-ok")).toBe(1);
    const events = JSON.stringify({ events: [{ type: "deployment", system: { id: system.id }, version: "2", environment: "prod", status: "SUCCEEDED", at: new Date().toISOString(), source: "hook" }] });
    expect((await signedPost("/api/v1/health/events", events, source)).status).toBe(200);
  });

  it("refuses a wrong secret, a tampered body, a malformed or missing signature, an unknown source", async () => {
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-bad"), { ...source, secret: "jcs_not-the-secret" }));
    const ts = now();
    const signed = await import("node:crypto").then(({ createHmac }) => createHmac("sha256", source.secret).update(`${ts}.${body("hook-bad")}`).digest("hex"));
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-tampered"), { ...source, timestamp: ts, signature: `sha256=${signed}` }));
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-bad"), { ...source, signature: "sha256=abc" }));
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-bad"), { ...source, signature: signed }));
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-bad"), { ...source, name: "no-such-source" }));
    expect(await storedFrom("hook-bad") + (await storedFrom("hook-tampered"))).toBe(0);
  });

  it("refuses a timestamp more than five minutes old or ahead (a replay outside the window)", async () => {
    const payload = body("hook-replay");
    expect((await signedPost("/api/v1/health/signals", payload, { ...source, timestamp: now() - 240 })).status).toBe(200);
    expectRefused(await signedPost("/api/v1/health/signals", payload, { ...source, timestamp: now() - 301 }));
    expectRefused(await signedPost("/api/v1/health/signals", payload, { ...source, timestamp: now() + 301 }));
    // Replayed inside the window: let in, and stored once all the same.
    const again = await signedPost("/api/v1/health/signals", payload, { ...source, timestamp: now() - 10 });
    expect(again.body).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    expect(await storedFrom("hook-replay")).toBe(1);
  });

  it("keeps the secret encrypted, audits creation and revocation, and refuses a revoked source", async () => {
    const doomed = await webhookSource();
    const [row] = await queryDb<{ secretEncrypted: string }>(`SELECT "secretEncrypted" FROM "HealthSource" WHERE "id" = $1`, [doomed.id]);
    expect(row.secretEncrypted).not.toContain(doomed.secret.slice(4));
    expect(row.secretEncrypted).toMatch(/^v1\./);
    const admin = await as("ADMIN");
    const list = await admin.get("/api/v1/ingestion/sources");
    expect(JSON.stringify(list.body)).not.toContain(doomed.secret);
    expect((await signedPost("/api/v1/health/signals", body("hook-doomed"), doomed)).status).toBe(200);
    expect((await admin.delete(`/api/v1/ingestion/sources/${doomed.id}`)).status).toBe(204);
    expectRefused(await signedPost("/api/v1/health/signals", body("hook-doomed", 6), doomed));
    expect((await auditEntries("HEALTH_SOURCE", doomed.id)).map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    expect((await admin.post("/api/v1/ingestion/sources", { name: doomed.name })).status).toBe(409);
  });
});
