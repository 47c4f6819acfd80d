import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TAttestation } from "@/lib/schemas/waiver";
import type { TStandardText } from "@/lib/schemas/standard";
import { userRefSelect } from "@/server/shared/ref-select";
import { resolveSubjects } from "@/server/compliance/resolve-subjects";
import { standardRefSelect } from "@/server/waivers/waiver-select";

export const attestationSelect = {
  id: true, subjectType: true, subjectId: true, evidenceUrl: true, comment: true, attestedAt: true,
  standard: { select: { ...standardRefSelect, check: true } },
  attestedBy: { select: userRefSelect },
} satisfies Prisma.AttestationSelect;

type Row = Prisma.AttestationGetPayload<{ select: typeof attestationSelect }>;
const DAY_MS = 86_400_000;

export async function toAttestations(rows: Row[]): Promise<TAttestation[]> {
  const subjects = await resolveSubjects(rows);
  return rows.map(({ standard: { check, ...standard }, ...a }) => {
    const days = (check as { validDays?: number }).validDays ?? 0;
    return {
      ...a,
      standard: { ...standard, text: standard.text as TStandardText },
      subject: subjects.get(a.subjectId) ?? null,
      attestedAt: a.attestedAt.toISOString(),
      expiresAt: new Date(a.attestedAt.getTime() + days * DAY_MS).toISOString(),
    };
  });
}
