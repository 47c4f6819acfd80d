import "server-only";
import { getToken } from "next-auth/jwt";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { Role } from "@/server/generated/prisma/enums";
import { toActor, type Actor } from "./actor";
import { authOptions } from "./auth-options";
import { authenticateToken } from "./authenticate-token";
import { servedOverHttps } from "@/server/http/request-origin";

type UserRow = { id: string; role: Role; email: string; name: string; locale: string; active: boolean; validFromMs: number };

/**
 * The session's user, if still active and the session was not cut off (deactivation, password
 * reset). Every request of the UI asks this: one indexed read on the pool (server/db-hot.ts).
 */
async function sessionUser(userId: unknown, signedInAt: unknown): Promise<Actor | null> {
  if (typeof userId !== "string" || typeof signedInAt !== "number") return null;
  const [user] = await hotRows<UserRow>("junction_session_user", Prisma.sql`
    SELECT u."id", u."role"::text AS "role", u."email", u."name", u."locale", u."active",
           (extract(epoch FROM u."sessionsValidFrom") * 1000)::float8 AS "validFromMs"
      FROM "User" u WHERE u."id" = ${userId}`);
  if (!user?.active || signedInAt < user.validFromMs) return null;
  return toActor(user);
}

/** The actor behind an API request: a bearer token, else the session cookie. */
export async function getRequestActor(req: NextRequest): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const [scheme, secret] = header.split(" ");
    // A malformed or unknown Authorization header never falls back to the cookie.
    return scheme?.toLowerCase() === "bearer" && secret ? authenticateToken(secret.trim()) : null;
  }
  // The cookie's name depends on the scheme (__Secure- over HTTPS), as next-auth set it.
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie: servedOverHttps(req.headers) });
  return sessionUser(token?.sub, token?.signedInAt);
}

/** The actor behind a page render (server components). */
export async function getPageActor(): Promise<Actor | null> {
  // Reading the request first marks the page dynamic before anything needs runtime config, so
  // `next build` never tries to prerender a per-user page.
  await cookies();
  const session = await getServerSession(authOptions({ https: servedOverHttps(await headers()) }));
  const user = session?.user as { id?: unknown; signedInAt?: unknown } | undefined;
  return sessionUser(user?.id, user?.signedInAt);
}
