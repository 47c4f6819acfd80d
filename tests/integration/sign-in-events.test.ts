// Sign-in attempts are security events in the audit log (entity type SECURITY): success, failure
// and lock-out, each with who (the account, and the email tried), when and the source address.
// Admins see and filter them through GET /api/v1/audit; nobody else sees them at all.
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient, as, uniqueKey } from "./helpers/client";

const PASSWORD = "a-long-enough-password";
// The suite talks to its server over the loopback interface: that is the socket's address.
const LOOPBACK = /^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/;

type Entry = {
  id: string; at: string; action: string; entityType: string; entityId: string;
  actor: { userId: string | null; label: string; viaToken: boolean };
  before: unknown; after: Record<string, unknown> | null;
};

let admin: ApiClient;
let started: Date;
beforeAll(async () => {
  admin = await as("ADMIN");
  started = new Date(Date.now() - 2_000);
});

/** The admin's view of the security events about `email` since the file started, newest first. */
async function eventsFor(email: string, action?: string): Promise<Entry[]> {
  const query = new URLSearchParams({ entityType: "SECURITY", from: started.toISOString(), pageSize: "200" });
  if (action) query.set("action", action);
  const res = await admin.get<{ items: Entry[] }>(`/api/v1/audit?${query}`);
  expect(res.status).toBe(200);
  for (const entry of res.body.items) {
    expect(entry.entityType).toBe("SECURITY");
    if (action) expect(entry.action).toBe(action);
  }
  return res.body.items.filter((e) => e.actor.label === email);
}

async function newUser() {
  const email = `${uniqueKey("signin")}@example.test`;
  const res = await admin.post("/api/v1/users", { email, name: "Sign-in Events", role: "ENGINEER", password: PASSWORD });
  expect(res.status).toBe(201);
  return { email, id: res.body.id as string };
}

function expectWhenAndWhere(entry: Entry, before: Date) {
  const at = Date.parse(entry.at);
  expect(at).toBeGreaterThanOrEqual(before.getTime() - 1_000);
  expect(at).toBeLessThanOrEqual(Date.now() + 1_000);
  expect(entry.after?.sourceAddress).toMatch(LOOPBACK);
  expect(entry.after?.userAgent).toEqual(expect.any(String));
  expect(entry.actor.viaToken).toBe(false);
}

describe("sign-in events", () => {
  it("record a success with the account, the time and the source address", async () => {
    const user = await newUser();
    const before = new Date();
    expect(await new ApiClient().signIn(user.email, PASSWORD)).toBe(true);
    const [entry, ...more] = await eventsFor(user.email, "SIGN_IN_SUCCEEDED");
    expect(more).toHaveLength(0);
    expect(entry.actor).toEqual({ userId: user.id, label: user.email, viaToken: false });
    expect(entry.entityId).toBe(user.id);
    expectWhenAndWhere(entry, before);
  });

  it("record failures with the email tried and why (for admins), never the password", async () => {
    const user = await newUser();
    const nobody = `${uniqueKey("nobody")}@example.test`;
    const before = new Date();
    await new ApiClient().attemptSignIn(nobody, "secret-guess-1");
    await new ApiClient().attemptSignIn(user.email, "secret-guess-2");

    const [unknown] = await eventsFor(nobody, "SIGN_IN_FAILED");
    expect(unknown.actor).toEqual({ userId: null, label: nobody, viaToken: false });
    expect(unknown.entityId).toBe(nobody);
    expect(unknown.after).toMatchObject({ email: nobody, reason: "unknown-account" });
    expectWhenAndWhere(unknown, before);

    const [wrong] = await eventsFor(user.email, "SIGN_IN_FAILED");
    // The account is the entry's subject; who typed the password is not proven, so no actor.
    expect(wrong.entityId).toBe(user.id);
    expect(wrong.actor).toEqual({ userId: null, label: user.email, viaToken: false });
    expect(wrong.after).toMatchObject({ email: user.email, reason: "wrong-password" });
    expectWhenAndWhere(wrong, before);

    expect(JSON.stringify([unknown, wrong])).not.toMatch(/secret-guess/);
  });

  it("record a lock-out when the rate limit refuses an attempt", async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) await new ApiClient().attemptSignIn(user.email, "not-the-password");
    const before = new Date();
    expect(await new ApiClient().attemptSignIn(user.email, PASSWORD)).toEqual({ session: false, error: "RateLimited" });
    const [locked, ...more] = await eventsFor(user.email, "SIGN_IN_LOCKED_OUT");
    expect(more).toHaveLength(0);
    expect(locked.entityId).toBe(user.id);
    expect(locked.actor).toEqual({ userId: null, label: user.email, viaToken: false });
    expectWhenAndWhere(locked, before);
    expect(await eventsFor(user.email, "SIGN_IN_FAILED")).toHaveLength(5);
    expect(await eventsFor(user.email, "SIGN_IN_SUCCEEDED")).toHaveLength(0);
  });

  it("take the socket's address, not an X-Forwarded-For a client sends (no proxy is declared)", async () => {
    const nobody = `${uniqueKey("forged")}@example.test`;
    await new ApiClient().attemptSignIn(nobody, "x", { "x-forwarded-for": "203.0.113.9" });
    const [entry] = await eventsFor(nobody, "SIGN_IN_FAILED");
    expect(entry.after?.sourceAddress).toMatch(LOOPBACK);
  });

  it("store a malformed email without its control characters", async () => {
    const typed = `${uniqueKey("nul")}\u0000@example.test`;
    expect(await new ApiClient().attemptSignIn(typed, "x")).toEqual({ session: false, error: "CredentialsSignin" });
    const [entry] = await eventsFor(typed.replace("\u0000", ""), "SIGN_IN_FAILED");
    expect(entry.after).toMatchObject({ reason: "malformed" });
  });

  it("are admins' only: viewers and engineers see none, even when they ask for them", async () => {
    const nobody = `${uniqueKey("hidden")}@example.test`;
    await new ApiClient().attemptSignIn(nobody, "x");
    expect(await eventsFor(nobody)).toHaveLength(1);
    for (const role of ["VIEWER", "ENGINEER"] as const) {
      const client = await as(role);
      const asked = await client.get(`/api/v1/audit?entityType=SECURITY&from=${encodeURIComponent(started.toISOString())}`);
      expect(asked.status).toBe(200);
      expect(asked.body.total).toBe(0);
      const byAction = await client.get("/api/v1/audit?action=SIGN_IN_FAILED");
      expect(byAction.body.total).toBe(0);
      const all = await client.get<{ items: Entry[] }>(`/api/v1/audit?pageSize=200&from=${encodeURIComponent(started.toISOString())}`);
      expect(all.body.items.filter((e) => e.entityType === "SECURITY")).toHaveLength(0);
    }
  });
});
