import "server-only";
import { db } from "@/server/db";

// Failed sign-ins are counted in the database so the limit holds across app instances.
const WINDOW_MS = 15 * 60_000;
const MAX_PER_EMAIL = 5;
const MAX_PER_IP = 50;

/** `ip` is known only behind a trusted proxy; without it, only the per-account limit applies. */
export async function isSignInRateLimited(email: string, ip: string | undefined): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db().loginAttempt.count({ where: { email, at: { gte: since } } }),
    ip ? db().loginAttempt.count({ where: { ip, at: { gte: since } } }) : 0,
  ]);
  return byEmail >= MAX_PER_EMAIL || byIp >= MAX_PER_IP;
}

export async function recordFailedSignIn(email: string, ip: string | undefined): Promise<void> {
  await db().loginAttempt.create({ data: { email, ip: ip ?? "unknown" } });
  // Keep the table small: forget attempts older than the window.
  await db().loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - WINDOW_MS) } } });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db().loginAttempt.deleteMany({ where: { email } });
}
