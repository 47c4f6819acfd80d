// Runs before every page (Next.js 16's proxy, formerly middleware):
// - the Content-Security-Policy with a fresh nonce. Next.js reads the nonce from the request's
//   policy header and puts it on its own scripts; the root layout reads x-nonce for ours. Pages
//   are all rendered per request (the layout reads cookies), as nonces require.
// - the other security headers, for `next dev` too (in production the server has set them already).
// - the requested path for server components (layouts cannot see it), so the page guard can send an
//   unauthenticated visitor back where they were going after sign-in. Not an auth check: that is
//   server/auth/require-page.ts and the API handler wrapper.
import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy, securityHeaders } from "@/server/http/security-headers";
import { servedOverHttps } from "@/server/http/request-origin";
import { env } from "@/lib/env";

export const PATH_HEADER = "x-junction-path";
export const NONCE_HEADER = "x-nonce";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = pagePolicy({ nonce, dev: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps(request.headers), policy }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
