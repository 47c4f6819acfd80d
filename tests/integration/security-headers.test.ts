// The headers an auditor checks first (OWASP ASVS L2, V14.4) on each kind of response the server
// produces: pages (Next.js, through proxy.ts), the /api/v1 fast path, a problem+json error, the
// health check, next-auth and static files. Also the session cookie's flags from a real sign-in.
// HTTPS-only behaviour (HSTS, Secure cookies) is in behind-proxy.test.ts.
import { describe, expect, it } from "vitest";
import { anonymous, ApiClient, as, BASE_URL, DEMO, DEMO_PASSWORD } from "./helpers/client";

const COMMON = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
};

function expectCommonHeaders(headers: Headers) {
  for (const [name, value] of Object.entries(COMMON)) expect(headers.get(name), name).toBe(value);
  expect(headers.get("permissions-policy")).toContain("camera=()");
  // Plain HTTP: HSTS would be meaningless and is not sent.
  expect(headers.get("strict-transport-security")).toBeNull();
}

const directives = (policy: string | null) =>
  new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

/** The page's policy, checked, and its nonce. */
function pageNonce(headers: Headers): string {
  const policy = directives(headers.get("content-security-policy"));
  const script = policy.get("script-src") ?? [];
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("'unsafe-eval'"); // a production build
  expect(script).not.toContain("'unsafe-inline'");
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{20,}={0,2}$/);
  return nonce!;
}

function expectApiPolicy(headers: Headers) {
  const policy = directives(headers.get("content-security-policy"));
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
}

/** Every <script> of the page carries the nonce (else the browser would refuse it). */
function expectScriptsNonced(html: string, nonce: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(1);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
}

describe("security headers", () => {
  it("on the sign-in page: a nonce-based policy that every script of the page carries, fresh per request", async () => {
    const first = await anonymous().get<string>("/login");
    expect(first.status).toBe(200);
    expectCommonHeaders(first.headers);
    const nonce = pageNonce(first.headers);
    expectScriptsNonced(first.body, nonce);
    const second = await anonymous().get<string>("/login");
    expect(pageNonce(second.headers)).not.toBe(nonce);
  });

  it("on a signed-in page, with the inline theme script nonced too", async () => {
    const res = await (await as("ADMIN")).get<string>("/systems");
    expect(res.status).toBe(200);
    expectCommonHeaders(res.headers);
    const nonce = pageNonce(res.headers);
    expectScriptsNonced(res.body, nonce);
    expect(res.body).toMatch(new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, "\\$&")}">`));
  });

  it("on an API response (the /api/v1 fast path) and on a problem+json error", async () => {
    const ok = await (await as("VIEWER")).get("/api/v1/systems?pageSize=1");
    expect(ok.status).toBe(200);
    expectCommonHeaders(ok.headers);
    expectApiPolicy(ok.headers);

    const refused = await anonymous().get("/api/v1/systems");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expectCommonHeaders(refused.headers);
    expectApiPolicy(refused.headers);
  });

  it("on the health check, next-auth's routes and an unknown API path (answered by Next.js)", async () => {
    for (const path of ["/api/health", "/api/auth/csrf", "/api/v1/nowhere"]) {
      const res = await anonymous().get(path);
      expect(res.status, path).toBe(path === "/api/v1/nowhere" ? 404 : 200);
      expectCommonHeaders(res.headers);
      expectApiPolicy(res.headers);
    }
  });

  it("on static files, without a policy (a worker script takes its policy from its own response)", async () => {
    const page = await anonymous().get<string>("/login");
    const src = page.body.match(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(src).toBeDefined();
    const res = await fetch(BASE_URL + src);
    expect(res.status).toBe(200);
    expectCommonHeaders(res.headers);
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("ignore a forwarded https from a client when the server is not behind a declared proxy", async () => {
    const res = await anonymous().request("GET", "/api/health", undefined, { "x-forwarded-proto": "https" });
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, path-wide, and not Secure over plain HTTP", async () => {
    const res = await new ApiClient().signInResponse(DEMO.VIEWER, DEMO_PASSWORD);
    const line = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(line).toBeDefined();
    const attributes = line!.split(";").slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(attributes).not.toContain("secure");
    // The CSRF cookie next-auth sets alongside is HttpOnly too.
    const csrf = await anonymous().get("/api/auth/csrf");
    const csrfLine = csrf.headers.getSetCookie().find((c) => c.startsWith("next-auth.csrf-token="));
    expect(csrfLine?.toLowerCase()).toContain("httponly");
  });
});
