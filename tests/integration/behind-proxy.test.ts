// Behind a reverse proxy that terminates TLS (TRUST_PROXY=true): a request the proxy marks as
// https gets HSTS and Secure, __Secure- prefixed cookies that the app then reads back; sign-in
// events record the client's address from X-Forwarded-For. The suite's own server has no
// declared proxy (security-headers.test.ts checks it ignores the same headers), so a second
// instance of the production build is started here with TRUST_PROXY=true, on the same database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { ApiClient, as, DEMO, DEMO_PASSWORD, uniqueKey } from "./helpers/client";
import { startSecondInstance } from "./helpers/second-instance";

const HTTPS = { "x-forwarded-proto": "https" };

let proxied: RunningServer | undefined;

beforeAll(async () => {
  proxied = await startSecondInstance({ TRUST_PROXY: "true" });
}, 120_000);

afterAll(async () => {
  await proxied?.stop();
});

const client = () => new ApiClient(undefined, proxied!.url);

describe("behind a declared proxy", () => {
  it("sends HSTS on pages, API answers and the health check when the proxy says https, and only then", async () => {
    for (const p of ["/login", "/api/health", "/api/v1/systems"]) {
      const secure = await client().request("GET", p, undefined, HTTPS);
      expect(secure.headers.get("strict-transport-security"), p).toBe("max-age=31536000; includeSubDomains");
      const plain = await client().request("GET", p, undefined, { "x-forwarded-proto": "http" });
      expect(plain.headers.get("strict-transport-security"), p).toBeNull();
    }
  });

  it("sets the session cookie Secure with the __Secure- prefix over https, and reads it back", async () => {
    const session = client();
    const res = await session.signInResponse(DEMO.VIEWER, DEMO_PASSWORD, HTTPS);
    const line = res.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(line).toBeDefined();
    const attributes = line!.split(";").slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
    expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
    // The app looks for the cookie under the name it gave it.
    expect((await session.request("GET", "/api/v1/me", undefined, HTTPS)).status).toBe(200);
    expect((await session.request<string>("GET", "/systems", undefined, HTTPS)).status).toBe(200);
  });

  it("records the client's address from X-Forwarded-For in sign-in events", async () => {
    const nobody = `${uniqueKey("proxied")}@example.test`;
    await client().attemptSignIn(nobody, "x", { ...HTTPS, "x-forwarded-for": "203.0.113.7, 10.0.0.2" });
    const audit = await (await as("ADMIN")).get(`/api/v1/audit?entityType=SECURITY&action=SIGN_IN_FAILED&pageSize=50`);
    const entry = audit.body.items.find((e: { actor: { label: string } }) => e.actor.label === nobody);
    expect(entry?.after).toMatchObject({ email: nobody, sourceAddress: "203.0.113.7" });
  });
});
