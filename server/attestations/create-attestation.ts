import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZAttestationCreate } from "@/lib/schemas/waiver";
import { writeAudit } from "@/server/audit/write-audit";
import { checkSubject } from "@/server/compliance/check-subject";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { attestationSelect, toAttestations } from "./attestation-select";

export type CreateAttestationOptions = { actor: Actor; input: z.output<typeof ZAttestationCreate> };

/** A person vouches, with evidence, that the record meets the standard; it lapses after the standard's validDays. */
export async function createAttestation({ actor, input }: CreateAttestationOptions) {
  return db().$transaction(async (tx) => {
    await checkSubject({ tx, ...input, attestation: true });
    const row = await tx.attestation.create({
      data: { ...input, evidenceUrl: input.evidenceUrl ?? null, attestedById: actor.userId },
      select: attestationSelect,
    });
    const [attestation] = await toAttestations([row]);
    await writeAudit(tx, { actor, action: "CREATE", entityType: "ATTESTATION", entityId: attestation.id, after: attestation });
    await settleOwnCompliance({ tx });
    return attestation;
  });
}
