import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient, anonymous, as, uniqueKey, withToken } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";

afterAll(closeDb);

const PASSWORD = "correct-horse-battery";
const TOKEN_KEYS = ["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"];
const validSystem = () => ({ key: uniqueKey("tok-sys"), name: "Token test", kind: "BUSINESS_APP", layer: "BUSINESS" });

/** A fresh user (created by the demo admin) signed in with a session of their own. */
async function freshSession(role: "ENGINEER" | "VIEWER") {
  const email = `${uniqueKey("tok-user")}@example.test`;
  const created = await (await as("ADMIN")).post("/api/v1/users", { email, name: "Token User", role, password: PASSWORD });
  expect(created.status).toBe(201);
  const client = new ApiClient();
  expect(await client.signIn(email, PASSWORD)).toBe(true);
  return { user: created.body, client };
}

describe("/api/v1/tokens", () => {
  it("refuses anonymous callers with 401", async () => {
    const anon = anonymous();
    expect((await anon.get("/api/v1/tokens")).status).toBe(401);
    expect((await anon.post("/api/v1/tokens", { name: "x" })).status).toBe(401);
    expect((await anon.delete("/api/v1/tokens/some-id")).status).toBe(401);
    expect((await withToken("jct_not-a-real-token").get("/api/v1/tokens")).status).toBe(401);
  });

  it("creates a token shown once, stores only its hash, and lists it without secrets", async () => {
    const { client } = await freshSession("VIEWER");
    const created = await client.post("/api/v1/tokens", { name: "laptop" });
    expect(created.status).toBe(201);
    const { token, secret } = created.body;
    expect(secret).toMatch(/^jct_[A-Za-z0-9_-]{43}$/);
    expect(Object.keys(token).sort()).toEqual(TOKEN_KEYS);
    expect(token).toMatchObject({ name: "laptop", prefix: secret.slice(4, 12), lastUsedAt: null, revokedAt: null });

    const [row] = await queryDb<{ tokenHash: string; prefix: string }>(`SELECT "tokenHash", prefix FROM "ApiToken" WHERE id = $1`, [token.id]);
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(row.prefix).toBe(secret.slice(4, 12));

    const list = await client.get("/api/v1/tokens");
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([token]);
    expect(JSON.stringify(list.body)).not.toContain(secret.slice(12));
  });

  it("records its use at most once a minute, in UTC like every timestamp", async () => {
    const { client } = await freshSession("VIEWER");
    const { token, secret } = (await client.post("/api/v1/tokens", { name: "minute" })).body;
    const bearer = withToken(secret);
    const lastUsed = async () =>
      (await queryDb<{ at: string }>(`SELECT "lastUsedAt"::text AS at FROM "ApiToken" WHERE id = $1`, [token.id]))[0].at;
    const setLastUsed = (secondsAgo: number) => queryDb(
      `UPDATE "ApiToken" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC') - make_interval(secs => $2) WHERE id = $1`, [token.id, secondsAgo]);

    await setLastUsed(50);
    const recent = await lastUsed();
    expect((await bearer.get("/api/v1/me")).status).toBe(200);
    expect(await lastUsed()).toBe(recent);

    await setLastUsed(70);
    const old = await lastUsed();
    expect((await bearer.get("/api/v1/me")).status).toBe(200);
    const stamped = await lastUsed();
    expect(stamped).not.toBe(old);
    // Stamped now, read as UTC: within a few seconds of this machine's clock.
    expect(Math.abs(Date.parse(`${stamped.replace(" ", "T")}Z`) - Date.now())).toBeLessThan(5_000);
  });

  it("validates the body strictly", async () => {
    const viewer = await as("VIEWER");
    const res = await viewer.post("/api/v1/tokens", { name: "", userId: "someone-else" });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["name", "userId"]));
  });

  it("acts as its owner with the owner's role, and stops at once when revoked", async () => {
    const { client } = await freshSession("VIEWER");
    const { token, secret } = (await client.post("/api/v1/tokens", { name: "ci" })).body;
    const bearer = withToken(secret);
    const me = await bearer.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: "VIEWER" });
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(200);
    expect((await bearer.post("/api/v1/systems", validSystem())).status).toBe(403);
    expect((await client.get("/api/v1/tokens")).body.items[0].lastUsedAt).not.toBeNull();

    const revoked = await client.delete(`/api/v1/tokens/${token.id}`);
    expect(revoked.status).toBe(204);
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(401);
    expect((await bearer.get("/api/v1/me")).status).toBe(401);
    const listed = (await client.get("/api/v1/tokens")).body.items.find((t: { id: string }) => t.id === token.id);
    expect(listed.revokedAt).not.toBeNull();
    // Revoking again changes nothing.
    expect((await client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
  });

  it("follows the owner's current role, not the role at creation", async () => {
    const { user, client } = await freshSession("ENGINEER");
    const bearer = withToken((await client.post("/api/v1/tokens", { name: "role follows" })).body.secret);
    // Allowed to write: the empty body fails validation (422) instead of the permission check (403).
    expect((await bearer.post("/api/v1/systems", {})).status).toBe(422);
    const demoted = await (await as("ADMIN")).patch(`/api/v1/users/${user.id}`, { version: 1, role: "VIEWER" });
    expect(demoted.status).toBe(200);
    expect((await bearer.post("/api/v1/systems", {})).status).toBe(403);
    expect((await bearer.get("/api/v1/me")).body.permissions).not.toContain("catalog:write");
  });

  it("answers 404 for another user's token and leaves it working", async () => {
    const owner = await freshSession("VIEWER");
    const { token, secret } = (await owner.client.post("/api/v1/tokens", { name: "mine" })).body;
    for (const role of ["ADMIN", "ENGINEER"] as const) {
      const res = await (await as(role)).delete(`/api/v1/tokens/${token.id}`);
      expect(res.status).toBe(404);
      expect((await (await as(role)).get("/api/v1/tokens")).body.items.map((t: { id: string }) => t.id)).not.toContain(token.id);
    }
    expect((await withToken(secret).get("/api/v1/me")).body.email).toBe(owner.user.email);
    expect((await owner.client.delete("/api/v1/tokens/no-such-token")).status).toBe(404);
  });

  it("audits creation and revocation without the secret or its hash", async () => {
    const { user, client } = await freshSession("VIEWER");
    const { token, secret } = (await client.post("/api/v1/tokens", { name: "audited" })).body;
    expect((await client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);

    const admin = await as("ADMIN");
    const audit = await admin.get(`/api/v1/audit?entityType=API_TOKEN&entityId=${token.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["DELETE", "CREATE"]);
    expect(audit.body.items[1]).toMatchObject({ actor: { userId: user.id, label: user.email, viaToken: false }, after: { name: "audited", userId: user.id } });
    expect(audit.body.items[0].after.revokedAt).not.toBeNull();
    const hash = createHash("sha256").update(secret).digest("hex");
    const text = JSON.stringify(audit.body);
    expect(text).not.toContain(secret.slice(4));
    expect(text).not.toContain(hash);
    expect(text).not.toContain("tokenHash");

    // Token entries are the admins' business: the owner (a viewer) does not see them.
    const own = await client.get(`/api/v1/audit?entityType=API_TOKEN&entityId=${token.id}`);
    expect(own.body.total).toBe(0);
  });
});
