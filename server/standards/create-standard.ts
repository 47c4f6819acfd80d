import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZStandardCreate } from "@/lib/schemas/standard";
import { writeAudit } from "@/server/audit/write-audit";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { standardSelect, toStandard } from "./standard-select";

export type CreateStandardOptions = { actor: Actor; input: z.output<typeof ZStandardCreate> };

// A new standard is evaluated against every record of its type before the answer: the results
// are there in the next read (a full evaluation; see README's Performance section).
export const STANDARD_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export async function createStandard({ actor, input }: CreateStandardOptions) {
  return db().$transaction(async (tx) => {
    const standard = toStandard(
      await tx.standard.create({ data: { ...input, checkKind: input.check.kind }, select: standardSelect }),
    );
    await writeAudit(tx, { actor, action: "CREATE", entityType: "STANDARD", entityId: standard.id, after: standard });
    await settleOwnCompliance({ tx });
    return standard;
  }, STANDARD_TRANSACTION);
}
