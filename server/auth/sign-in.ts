import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { dummyHash, verifyPassword } from "./password";
import { clearFailedSignIns, isSignInRateLimited, recordFailedSignIn } from "./rate-limit";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate-limited" };

/** Checks credentials. Unknown email, wrong password and deactivated user look the same. */
export async function signIn(input: unknown, ip: string | undefined): Promise<SignInResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  if (await isSignInRateLimited(email, ip)) return { ok: false, reason: "rate-limited" };
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    await recordFailedSignIn(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(email);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
