import "server-only";
import { env } from "@/lib/env";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";

const WINDOW_MS = 60_000;

export type LimitIngestRateOptions = { actor: Actor; now?: number };

/**
 * Counts this request against its credential's fixed one-minute window — the token, or the
 * webhook source for a signed request — and refuses it with 429 and Retry-After (the seconds to
 * the window's end) past HEALTH_INGEST_RATE_LIMIT. One upsert … RETURNING in PostgreSQL: the
 * count holds across instances, and two requests at once cannot both take the last place.
 */
export async function limitIngestRate({ actor, now = Date.now() }: LimitIngestRateOptions): Promise<void> {
  const credential = actor.sourceId ? `source:${actor.sourceId}` : `token:${actor.tokenId ?? actor.userId}`;
  const windowStartMs = now - (now % WINDOW_MS);
  const [row] = await hotRows<{ count: number }>("junction_ingest_rate", Prisma.sql`
    INSERT INTO "IngestRateWindow" ("credential", "windowStart", "count")
    VALUES (${credential}, to_timestamp(${windowStartMs / 1000}::float8) AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("credential", "windowStart") DO UPDATE SET "count" = "IngestRateWindow"."count" + 1
    RETURNING "count"`);
  if (row.count > env().HEALTH_INGEST_RATE_LIMIT) {
    throw AppError.rateLimited(Math.max(1, Math.ceil((windowStartMs + WINDOW_MS - now) / 1000)));
  }
}
