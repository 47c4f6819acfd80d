import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db";
import { actorSelect, toActor, type Actor } from "./actor";

export const TOKEN_PREFIX = "jct_";
export const hashToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

// Bearer tokens are random 256-bit secrets, so a fast hash is enough to store them safely.
export async function authenticateToken(secret: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: actorSelect } },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  // Record use at most once a minute: a write per request would cost every API call.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return toActor(token.user, token.id);
}
