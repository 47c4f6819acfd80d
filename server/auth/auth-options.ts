import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/server/http/request-origin";
import { signIn } from "./sign-in";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export type AuthOptionsFor = {
  /**
   * Served over HTTPS (servedOverHttps): cookies are then Secure and named with the __Secure- /
   * __Host- prefixes. Readers of the session cookie must agree (getToken's secureCookie).
   */
  https: boolean;
};

// Built per request (the scheme can differ behind a proxy), and lazily so `next build` needs no secret.
// next-auth 4's cookies are HttpOnly and SameSite=Lax by default; useSecureCookies adds Secure.
export function authOptions({ https }: AuthOptionsFor): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: https,
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // next-auth hands authorize() the request's headers only, not the socket: the production
        // server stamps the socket's address on them (server/http/apply-edge-headers.ts).
        async authorize(credentials, req) {
          const headers = req?.headers ?? {};
          const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : undefined;
          const result = await signIn(credentials, { address: clientAddress(headers), userAgent });
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
