import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { sealSecret } from "@/server/health/source-cipher";
import type { THealthSourceCreate } from "@/lib/schemas/ingestion";
import { healthSourceSelect } from "./health-source-select";

export type CreateHealthSourceOptions = { actor: Actor; input: THealthSourceCreate };

/** A webhook source with a fresh 256-bit secret, kept encrypted and returned this once. */
export async function createHealthSource({ actor, input }: CreateHealthSourceOptions) {
  const secret = `jcs_${randomBytes(32).toString("base64url")}`;
  const source = await db().$transaction(async (tx) => {
    const created = await tx.healthSource.create({
      data: { name: input.name, secretEncrypted: sealSecret(secret), createdById: actor.userId },
      select: healthSourceSelect,
    });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "HEALTH_SOURCE", entityId: created.id, after: created });
    return created;
  });
  return { source, secret };
}
