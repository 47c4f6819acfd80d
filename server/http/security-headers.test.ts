import { describe, expect, it } from "vitest";
import { API_POLICY, pagePolicy, securityHeaders } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("pagePolicy", () => {
  it("admits scripts by this request's nonce only, and never eval in production", () => {
    const policy = directives(pagePolicy({ nonce: "abc123==", dev: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(pagePolicy({ nonce: "n", dev: false })).not.toContain("unsafe-eval");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // 'strict-dynamic' makes script-src ignore 'self' for workers: the layout worker needs its own.
    expect(policy.get("worker-src")).toContain("'self'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval and the dev server's socket under next dev only", () => {
    const policy = directives(pagePolicy({ nonce: "n", dev: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("connect-src")).toContain("ws:");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ https: true })["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders({ https: false })).not.toHaveProperty("strict-transport-security");
  });

  it("always forbids framing and sniffing, and limits the referrer", () => {
    for (const https of [true, false]) {
      const headers = securityHeaders({ https, policy: API_POLICY });
      expect(headers).toMatchObject({
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "content-security-policy": API_POLICY,
      });
    }
  });

  it("sends no policy where none is given (static files: a worker takes its policy from its own response)", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("content-security-policy");
  });
});
