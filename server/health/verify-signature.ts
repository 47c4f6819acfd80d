import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { db } from "@/server/db";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import type { BodySignature } from "@/server/http/handler";
import { openSecret } from "./source-cipher";

/** A signed request's age (either way) past which it is refused as a possible replay. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

type SourceRow = { id: string; name: string; secretEncrypted: string; createdById: string; revoked: boolean; lastUsedMs: number | null };

const refuse = () => new AppError("UNAUTHENTICATED", { key: "badSignature" });

/**
 * A webhook source's signature: X-Junction-Source names it, X-Junction-Timestamp is the unix
 * time in seconds, X-Junction-Signature is `sha256=` + hex HMAC-SHA256 of "<timestamp>.<body>"
 * with its secret. Any failure is the same 401 (which part failed is not told to the sender).
 * Within the window a captured request can be sent again: ingestion is idempotent, so it stores
 * nothing twice.
 */
async function verify(req: NextRequest, raw: string): Promise<Actor> {
  const name = req.headers.get("x-junction-source") ?? "";
  const timestamp = req.headers.get("x-junction-timestamp") ?? "";
  const signature = /^sha256=([0-9a-f]{64})$/i.exec(req.headers.get("x-junction-signature") ?? "")?.[1];
  if (!name || name.length > 100 || !signature || !/^\d{1,12}$/.test(timestamp)) throw refuse();
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > REPLAY_WINDOW_SECONDS) throw refuse();
  const [source] = await hotRows<SourceRow>("junction_health_source", Prisma.sql`
    SELECT "id", "name", "secretEncrypted", "createdById", "revokedAt" IS NOT NULL AS "revoked",
           (extract(epoch FROM "lastUsedAt") * 1000)::float8 AS "lastUsedMs"
      FROM "HealthSource" WHERE "name" = ${name}`);
  const secret = source && !source.revoked ? openSecret(source.secretEncrypted) : null;
  if (!source || secret === null) throw refuse();
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(raw, "utf8").digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) throw refuse();
  // As for tokens: the time of use at most once a minute.
  if (source.lastUsedMs === null || Date.now() - source.lastUsedMs > 60_000) {
    await db().healthSource.update({ where: { id: source.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: source.createdById, role: "VIEWER", email: `source:${source.name}`, name: source.name, locale: "en", scope: "INGEST", sourceId: source.id };
}

export const WEBHOOK_SIGNATURE: BodySignature = { header: "x-junction-signature", verify };
