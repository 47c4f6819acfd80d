import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { env } from "@/lib/env";
import { writeSignInEvent, type SignInAction, type SignInFailure } from "@/server/audit/write-sign-in-event";
import { dummyHash, verifyPassword } from "./password";
import { clearFailedSignIns, isSignInRateLimited, recordFailedSignIn } from "./rate-limit";

export const ZSignIn = z.object({
  // Control characters are refused: PostgreSQL cannot store NUL, and no email has them.
  email: z.string().trim().toLowerCase().max(254).refine((s) => !/[\u0000-\u001f\u007f]/.test(s)),
  password: z.string().max(1024),
});

/** Where an attempt came from (server/http/request-origin.ts), for the audit log and the IP limit. */
export type SignInSource = { address: string | undefined; userAgent: string | undefined };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate-limited" };

const typedEmail = (input: unknown) => {
  const email = (input as { email?: unknown } | null | undefined)?.email;
  return typeof email === "string" ? email : "";
};

/**
 * Checks credentials. Unknown email, wrong password and deactivated user look the same to the
 * client; the audit log tells admins which it was. Every attempt is recorded (entity SECURITY).
 */
export async function signIn(input: unknown, source: SignInSource): Promise<SignInResult> {
  const record = (action: SignInAction, email: string, userId: string | null, reason?: SignInFailure) =>
    writeSignInEvent(db(), { action, email, userId, address: source.address, userAgent: source.userAgent, reason });
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) {
    await record("SIGN_IN_FAILED", typedEmail(input), null, "malformed");
    return { ok: false, reason: "invalid" };
  }
  const { email, password } = parsed.data;
  // A forwarded address counts for the limit only behind a trusted proxy; the socket's address
  // alone would lock out everyone behind one proxy that is not declared (see rate-limit.ts).
  const limitIp = env().TRUST_PROXY ? source.address : undefined;
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true, passwordHash: true },
  });
  if (await isSignInRateLimited(email, limitIp)) {
    await record("SIGN_IN_LOCKED_OUT", email, user?.id ?? null);
    return { ok: false, reason: "rate-limited" };
  }
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    await recordFailedSignIn(email, limitIp);
    await record("SIGN_IN_FAILED", email, user?.id ?? null, !user ? "unknown-account" : !ok ? "wrong-password" : "deactivated");
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(email);
  // The sign-in and its record commit together.
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeSignInEvent(tx, { action: "SIGN_IN_SUCCEEDED", email, userId: user.id, address: source.address, userAgent: source.userAgent });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
