// The security headers every response carries (OWASP ASVS L2, V14.4), built in one place for the
// three places that send them: proxy.ts (pages), server/http/apply-edge-headers.ts (everything the
// production server answers, the /api/v1 fast path included) and their tests.

export type PagePolicyOptions = {
  /** Per request, from proxy.ts; Next.js puts it on its own scripts (it reads the request's CSP). */
  nonce: string;
  /** `next dev` only: React's development build evaluates code (stack reconstruction, refresh). */
  dev: boolean;
};

/**
 * The pages' Content-Security-Policy. Scripts: only those carrying this request's nonce, and what
 * they load ('strict-dynamic'). The layout worker is same-origin, and 'strict-dynamic' would
 * otherwise leave workers to script-src, where it ignores 'self': hence worker-src. Styles allow
 * 'unsafe-inline' because React Flow, recharts and our components set style attributes, which a
 * nonce cannot cover (and with a nonce in style-src, 'unsafe-inline' would be ignored). Exports
 * draw through data: and blob: images.
 */
export function pagePolicy({ nonce, dev }: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For everything that is not a page (JSON, problem+json): nothing may load, nothing may frame it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export type SecurityHeadersOptions = {
  /** Served over HTTPS (server/http/request-origin.ts): only then is HSTS sent. */
  https: boolean;
  /** The Content-Security-Policy; none for static files (a worker script takes its policy from its own response). */
  policy?: string;
};

const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders({ https, policy }: SecurityHeadersOptions): Record<string, string> {
  return {
    ...(policy ? { "content-security-policy": policy } : {}),
    // frame-ancestors 'none' for browsers that read CSP, X-Frame-Options for those that do not.
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}
