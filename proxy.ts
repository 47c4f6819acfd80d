// Passes the requested path to server components (layouts cannot see it), so the page guard can
// send an unauthenticated visitor back where they were going after sign-in. Not an auth check:
// that is server/auth/require-page.ts and the API handler wrapper.
import { NextResponse, type NextRequest } from "next/server";

export const PATH_HEADER = "x-junction-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
