import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signIn } from "./sign-in";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "local";
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
      // Only the user id travels in the JWT; role and active are read from the database per request.
      jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
      session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub } }),
    },
  };
}
