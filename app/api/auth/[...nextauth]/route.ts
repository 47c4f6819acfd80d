// /api/auth/* — next-auth (credentials sign-in, session, sign-out)
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";
import { servedOverHttps } from "@/server/http/request-origin";

type NextAuthHandler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Options are built per request so `next build` needs no secret.
const handler: NextAuthHandler = (req, ctx) =>
  (NextAuth(authOptions({ https: servedOverHttps(req.headers) })) as NextAuthHandler)(req, ctx);

export { handler as GET, handler as POST };
