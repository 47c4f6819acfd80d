import { afterAll, describe, expect, it } from "vitest";
import { ApiClient, DEMO, anonymous, as, uniqueKey, withToken } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";

afterAll(closeDb);

const PASSWORD = "correct-horse-battery";
const DIRECTORY_KEYS = ["active", "email", "id", "name"];

/** A fresh user created by the demo admin (never touch the demo accounts' role or status). */
async function freshUser(role: "ADMIN" | "ENGINEER" | "VIEWER", over: Record<string, unknown> = {}) {
  const admin = await as("ADMIN");
  const res = await admin.post("/api/v1/users", { email: `${uniqueKey("user")}@example.test`, name: "Fresh User", role, password: PASSWORD, ...over });
  expect(res.status).toBe(201);
  return res.body;
}

async function signedIn(email: string): Promise<ApiClient> {
  const client = new ApiClient();
  expect(await client.signIn(email, PASSWORD)).toBe(true);
  return client;
}

const signInAttempt = (email: string, password: string) => new ApiClient().attemptSignIn(email, password);

describe("/api/v1/users access", () => {
  it("refuses anonymous callers with 401 on every method", async () => {
    const anon = anonymous();
    expect((await anon.get("/api/v1/users")).status).toBe(401);
    expect((await anon.post("/api/v1/users", {})).status).toBe(401);
    expect((await anon.patch("/api/v1/users/some-id", { version: 1 })).status).toBe(401);
  });

  it("lets only admins create or change users (403 for engineer and viewer)", async () => {
    const target = await freshUser("VIEWER");
    for (const role of ["ENGINEER", "VIEWER"] as const) {
      const client = await as(role);
      const body = { email: `${uniqueKey("nope")}@example.test`, name: "Nope", role: "ADMIN", password: PASSWORD };
      expect((await client.post("/api/v1/users", body)).status).toBe(403);
      expect((await client.patch(`/api/v1/users/${target.id}`, { version: 1, role: "ADMIN" })).status).toBe(403);
    }
    const admin = await as("ADMIN");
    const list = await admin.get(`/api/v1/users?q=${encodeURIComponent(target.email)}`);
    expect(list.body.items[0]).toMatchObject({ role: "VIEWER", version: 1 });
  });

  it("shows non-admins only id, name, email and active; admins the full record", async () => {
    const user = await freshUser("ENGINEER");
    const q = `/api/v1/users?q=${encodeURIComponent(user.email)}`;
    for (const role of ["VIEWER", "ENGINEER"] as const) {
      const res = await (await as(role)).get(q);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(1);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(DIRECTORY_KEYS);
      expect(res.body.items[0]).not.toHaveProperty("role");
      expect(res.body.items[0]).not.toHaveProperty("lastLoginAt");
    }
    const full = await (await as("ADMIN")).get(q);
    expect(Object.keys(full.body.items[0]).sort()).toEqual(
      ["active", "createdAt", "email", "id", "lastLoginAt", "locale", "name", "role", "updatedAt", "version"],
    );
  });
});

describe("/api/v1/users create and update", () => {
  it("creates a user with a lowercased email, a hashed password, and refuses a duplicate email", async () => {
    const admin = await as("ADMIN");
    const email = `${uniqueKey("Case")}@Example.TEST`;
    const created = await admin.post("/api/v1/users", { email: `  ${email} `, name: "Case Test", role: "ENGINEER", password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: email.toLowerCase(), role: "ENGINEER", active: true, locale: "en", version: 1, lastLoginAt: null });
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|correct-horse/);
    const [row] = await queryDb<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE id = $1`, [created.body.id]);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    const dup = await admin.post("/api/v1/users", { email: email.toUpperCase(), name: "Dup", role: "VIEWER", password: PASSWORD });
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: "email", message: "already exists" });
  });

  it("validates the body strictly", async () => {
    const admin = await as("ADMIN");
    const res = await admin.post("/api/v1/users", { email: "not-an-email", name: "", role: "ROOT", password: "short", locale: "fr", isAdmin: true });
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["email", "name", "role", "password", "locale", "isAdmin"]));
    const tooLong = await admin.post("/api/v1/users", { email: `${uniqueKey("long")}@example.test`, name: "L", role: "VIEWER", password: "x".repeat(201) });
    expect(tooLong.status).toBe(422);
    const user = await freshUser("VIEWER");
    const patch = await admin.patch(`/api/v1/users/${user.id}`, { version: 1, email: "other@example.test" });
    expect(patch.status).toBe(422);
    expect(patch.body.errors).toContainEqual({ path: "email", message: "unknown field" });
  });

  it("updates with a version check and filters the list by role, active and search", async () => {
    const admin = await as("ADMIN");
    const user = await freshUser("VIEWER");
    const updated = await admin.patch(`/api/v1/users/${user.id}`, { version: 1, role: "ENGINEER", name: "Promoted", locale: "zh-CN" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ role: "ENGINEER", name: "Promoted", locale: "zh-CN", version: 2 });
    const stale = await admin.patch(`/api/v1/users/${user.id}`, { version: 1, name: "Lost update" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });

    const q = encodeURIComponent(user.email);
    expect((await admin.get(`/api/v1/users?q=${q}&role=ENGINEER&active=true`)).body.total).toBe(1);
    expect((await admin.get(`/api/v1/users?q=${q}&role=VIEWER`)).body.total).toBe(0);
    expect((await admin.get(`/api/v1/users?q=${q}&active=false`)).body.total).toBe(0);
    expect((await admin.get("/api/v1/users?sort=-email&pageSize=1")).body.items).toHaveLength(1);
    expect((await admin.get("/api/v1/users?sort=passwordHash")).status).toBe(400);
    expect((await admin.patch("/api/v1/users/no-such-user", { version: 1, name: "x" })).status).toBe(404);
  });

  it("changes the password: the old one stops working, the new one works", async () => {
    const admin = await as("ADMIN");
    const user = await freshUser("VIEWER");
    const res = await admin.patch(`/api/v1/users/${user.id}`, { version: 1, password: "a-brand-new-password" });
    expect(res.status).toBe(200);
    expect((await signInAttempt(user.email, PASSWORD)).session).toBe(false);
    expect(await new ApiClient().signIn(user.email, "a-brand-new-password")).toBe(true);
    const audit = await admin.get(`/api/v1/audit?entityType=USER&entityId=${user.id}`);
    const entry = audit.body.items.find((e: { action: string }) => e.action === "UPDATE");
    expect(entry.after).toMatchObject({ passwordChanged: true });
    expect(JSON.stringify(audit.body)).not.toMatch(/a-brand-new-password|argon2/);
  });
});

describe("deactivation", () => {
  it("refuses sign-in and stops the live session and the user's API token at once", async () => {
    const admin = await as("ADMIN");
    const user = await freshUser("ENGINEER");
    const session = await signedIn(user.email);
    expect((await session.get("/api/v1/me")).status).toBe(200);
    const token = await session.post("/api/v1/tokens", { name: "before deactivation" });
    expect(token.status).toBe(201);
    const bearer = withToken(token.body.secret);
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(200);

    const off = await admin.patch(`/api/v1/users/${user.id}`, { version: 1, active: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, version: 2 });

    expect(await signInAttempt(user.email, PASSWORD)).toEqual({ session: false, error: "CredentialsSignin" });
    expect((await session.get("/api/v1/me")).status).toBe(401);
    expect((await session.get("/api/v1/systems?pageSize=1")).status).toBe(401);
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(401);
    expect((await admin.get(`/api/v1/users?q=${encodeURIComponent(user.email)}&active=false`)).body.total).toBe(1);

    const on = await admin.patch(`/api/v1/users/${user.id}`, { version: 2, active: true });
    expect(on.status).toBe(200);
    expect(await new ApiClient().signIn(user.email, PASSWORD)).toBe(true);

    const audit = await admin.get(`/api/v1/audit?entityType=USER&entityId=${user.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["REACTIVATE", "DEACTIVATE", "CREATE"]);
    expect(audit.body.items[1]).toMatchObject({ before: { active: true }, after: { active: false }, actor: { label: DEMO.ADMIN, viaToken: false } });
  });

  it("refuses an admin deactivating themselves, but allows demoting themselves while other admins remain", async () => {
    const admin = await freshUser("ADMIN");
    const self = await signedIn(admin.email);
    const refused = await self.patch(`/api/v1/users/${admin.id}`, { version: 1, active: false });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/your own account/);
    expect(refused.body.errors).toContainEqual({ path: "active", message: "cannot deactivate yourself" });
    expect((await self.get("/api/v1/me")).body).toMatchObject({ active: true, role: "ADMIN", version: 1 });

    // The demo admin is still an active admin, so this one is not the last.
    const demoted = await self.patch(`/api/v1/users/${admin.id}`, { version: 1, role: "VIEWER" });
    expect(demoted.status).toBe(200);
    expect((await self.post("/api/v1/users", {})).status).toBe(403);
  });

  it("lets an admin deactivate another admin while the demo admin remains", async () => {
    const other = await freshUser("ADMIN");
    const res = await (await as("ADMIN")).patch(`/api/v1/users/${other.id}`, { version: 1, active: false });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
  });
});

describe("/api/v1/me", () => {
  it("refuses anonymous callers with 401", async () => {
    expect((await anonymous().get("/api/v1/me")).status).toBe(401);
    expect((await anonymous().patch("/api/v1/me", { locale: "zh-CN" })).status).toBe(401);
  });

  it("returns the caller's own full record and their role's permissions", async () => {
    const expected = {
      ADMIN: ["catalog:read", "catalog:write", "users:manage", "self:manage", "standards:manage", "alerts:respond", "alerts:manage"],
      ENGINEER: ["catalog:read", "catalog:write", "self:manage", "alerts:respond"],
      VIEWER: ["catalog:read", "self:manage"],
    };
    for (const role of ["ADMIN", "ENGINEER", "VIEWER"] as const) {
      const res = await (await as(role)).get("/api/v1/me");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ email: DEMO[role], role, active: true });
      expect(res.body.permissions.sort()).toEqual(expected[role].sort());
      expect(res.body).not.toHaveProperty("passwordHash");
    }
  });

  it("remembers the language per user, audits the change, and accepts nothing else", async () => {
    const user = await freshUser("VIEWER");
    const self = await signedIn(user.email);
    const changed = await self.patch("/api/v1/me", { locale: "zh-CN", name: "自己" });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ locale: "zh-CN", name: "自己", version: 2, role: "VIEWER" });
    expect((await self.get("/api/v1/me")).body).toMatchObject({ locale: "zh-CN", name: "自己" });
    // Persisted on the user, not the session: a new sign-in sees it too.
    expect((await (await signedIn(user.email)).get("/api/v1/me")).body.locale).toBe("zh-CN");

    const escalate = await self.patch("/api/v1/me", { role: "ADMIN", active: true });
    expect(escalate.status).toBe(422);
    expect(escalate.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["active", "role"]);
    expect((await self.patch("/api/v1/me", { locale: "fr" })).status).toBe(422);
    expect((await self.get("/api/v1/me")).body).toMatchObject({ role: "VIEWER", locale: "zh-CN" });

    const audit = await (await as("ADMIN")).get(`/api/v1/audit?entityType=USER&entityId=${user.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: "UPDATE",
      actor: { userId: user.id, label: user.email, viaToken: false },
      before: { locale: "en" },
      after: { locale: "zh-CN", name: "自己" },
    });
  });
});
