import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { TOKEN_PREFIX, hashToken } from "@/server/auth/authenticate-token";
import { writeAudit } from "@/server/audit/write-audit";
import type { TMachineTokenCreate } from "@/lib/schemas/ingestion";
import { machineTokenSelect, toMachineToken } from "./machine-token-select";

export type CreateMachineTokenOptions = { actor: Actor; input: TMachineTokenCreate };

/**
 * A token for a machine, with one scope (INGEST or SCRAPE) instead of its creator's role: the same
 * format and storage as personal tokens (sha256 only), the secret returned this once. It is
 * recorded under the admin who created it, and outlives that admin's deactivation
 * (server/auth/authenticate-token.ts).
 */
export async function createMachineToken({ actor, input }: CreateMachineTokenOptions) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = secret.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + 8);
  const token = await db().$transaction(async (tx) => {
    const created = toMachineToken(await tx.apiToken.create({
      data: { userId: actor.userId, name: input.name, scope: input.scope, prefix, tokenHash: hashToken(secret) },
      select: machineTokenSelect,
    }));
    await writeAudit(tx, { actor, action: "CREATE", entityType: "API_TOKEN", entityId: created.id, after: created });
    return created;
  });
  return { token, secret };
}
