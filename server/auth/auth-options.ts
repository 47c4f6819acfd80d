import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signIn } from "./sign-in";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

// next-auth hands authorize() headers only, not the socket. X-Forwarded-For can be forged by any
// client, so it is used only behind a proxy that sets it (TRUST_PROXY=true); otherwise failed
// sign-ins are limited per account only (see rate-limit.ts).
function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  if (!env().TRUST_PROXY) return undefined;
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() || undefined : undefined;
}

// Built lazily so `next build` needs no secret.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await signIn(credentials, clientIp(req?.headers));
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          // next-auth shows this code on /login?error=…; both look generic to the user.
          throw new Error(result.reason === "rate-limited" ? "RateLimited" : "CredentialsSignin");
        },
      }),
    ],
    callbacks: {
      // Only the user id and the sign-in time travel in the JWT; role and active are read from the
      // database per request. signedInAt survives token refreshes (iat does not).
      jwt: ({ token, user }) => (user ? { ...token, sub: user.id, signedInAt: Date.now() } : token),
      session: ({ session, token }) => ({
        ...session,
        user: { ...session.user, id: token.sub, signedInAt: token.signedInAt },
      }),
    },
  };
}
