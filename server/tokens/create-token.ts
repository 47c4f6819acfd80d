import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { TOKEN_PREFIX, hashToken } from "@/server/auth/authenticate-token";
import type { ZApiTokenCreate } from "@/lib/schemas/token";
import { writeAudit } from "@/server/audit/write-audit";
import { tokenSelect } from "./token-select";

export type CreateTokenOptions = { actor: Actor; input: z.output<typeof ZApiTokenCreate> };

const DISPLAY_PREFIX_LENGTH = 8;

/**
 * A personal token for the caller: `jct_` + 256 random bits. Only its sha256 is stored; the secret
 * is returned this once. It acts with its owner's role at the time of each request.
 */
export async function createToken({ actor, input }: CreateTokenOptions) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = secret.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + DISPLAY_PREFIX_LENGTH);
  const token = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.userId, name: input.name, prefix, tokenHash: hashToken(secret) },
      select: tokenSelect,
    });
    // The snapshot is the public view: no secret, no hash.
    await writeAudit(tx, {
      actor,
      action: "CREATE",
      entityType: "API_TOKEN",
      entityId: created.id,
      after: { ...created, userId: actor.userId },
    });
    return created;
  });
  return { token, secret };
}
