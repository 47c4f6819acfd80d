// A session is cut off for good by deactivation or a password reset: reactivating the person
// does not bring the old session back.
import { describe, expect, it } from "vitest";
import { ApiClient, as, uniqueKey } from "./helpers/client";

const PASSWORD = "a-long-enough-password";

async function newUser() {
  const admin = await as("ADMIN");
  const email = `${uniqueKey("session")}@example.test`;
  const res = await admin.post("/api/v1/users", { email, name: "Session Test", role: "ENGINEER", password: PASSWORD });
  expect(res.status).toBe(201);
  const session = new ApiClient();
  expect(await session.signIn(email, PASSWORD)).toBe(true);
  expect((await session.get("/api/v1/me")).status).toBe(200);
  return { admin, email, user: res.body as { id: string; version: number }, session };
}

describe("sessions", () => {
  it("stay dead after deactivation followed by reactivation", async () => {
    const { admin, email, user, session } = await newUser();
    const off = await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, active: false });
    expect(off.status).toBe(200);
    expect((await session.get("/api/v1/me")).status).toBe(401);
    const on = await admin.patch(`/api/v1/users/${user.id}`, { version: off.body.version, active: true });
    expect(on.status).toBe(200);
    expect((await session.get("/api/v1/me")).status).toBe(401);
    const fresh = new ApiClient();
    expect(await fresh.signIn(email, PASSWORD)).toBe(true);
    expect((await fresh.get("/api/v1/me")).status).toBe(200);
  });

  it("end when an admin resets the password", async () => {
    const { admin, user, session } = await newUser();
    const reset = await admin.patch(`/api/v1/users/${user.id}`, { version: user.version, password: "another-long-password" });
    expect(reset.status).toBe(200);
    expect((await session.get("/api/v1/me")).status).toBe(401);
  });

  it("refuse a forged cookie", async () => {
    const forged = new ApiClient();
    const res = await forged.request("GET", "/api/v1/me", undefined, { cookie: "next-auth.session-token=not-a-jwt" });
    expect(res.status).toBe(401);
  });
});

describe("sign-in", () => {
  it("answers wrong credentials generically and rate-limits repeated failures per account", async () => {
    const { email } = await newUser();
    const unknown = await new ApiClient().attemptSignIn(`${uniqueKey("nobody")}@example.test`, PASSWORD);
    const wrong = await new ApiClient().attemptSignIn(email, "not-the-password");
    // Unknown account and wrong password look the same.
    expect(unknown).toEqual({ session: false, error: "CredentialsSignin" });
    expect(wrong).toEqual({ session: false, error: "CredentialsSignin" });
    for (let i = 0; i < 4; i++) await new ApiClient().attemptSignIn(email, "not-the-password");
    // Five failures: now even the right password is refused for a while.
    expect(await new ApiClient().attemptSignIn(email, PASSWORD)).toEqual({ session: false, error: "RateLimited" });
    // Other accounts are unaffected.
    const other = await newUser();
    expect((await other.session.get("/api/v1/me")).status).toBe(200);
  });
});
