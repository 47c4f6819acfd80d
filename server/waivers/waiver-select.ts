import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TWaiver } from "@/lib/schemas/waiver";
import type { TStandardText } from "@/lib/schemas/standard";
import { userRefSelect } from "@/server/shared/ref-select";
import { resolveSubjects } from "@/server/compliance/resolve-subjects";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const WAIVER_ENTITY = { type: "WAIVER", name: "waiver" } satisfies VersionedEntity;

export const standardRefSelect = { id: true, key: true, text: true, category: true, severity: true, checkKind: true } as const;

export const waiverSelect = {
  id: true, subjectType: true, subjectId: true, reason: true, expiresAt: true, status: true, decidedAt: true,
  decisionNote: true, version: true, createdAt: true, requestedById: true,
  standard: { select: standardRefSelect },
  requestedBy: { select: userRefSelect },
  decidedBy: { select: userRefSelect },
} satisfies Prisma.WaiverSelect;

export type WaiverRow = Prisma.WaiverGetPayload<{ select: typeof waiverSelect }>;

/** API shapes, with the records they name looked up in one go. */
export async function toWaivers(rows: WaiverRow[], now = Date.now()): Promise<TWaiver[]> {
  const subjects = await resolveSubjects(rows);
  return rows.map(({ requestedById: _r, ...w }) => ({
    ...w,
    standard: { ...w.standard, text: w.standard.text as TStandardText },
    subject: subjects.get(w.subjectId) ?? null,
    expiresAt: w.expiresAt.toISOString(),
    expired: w.expiresAt.getTime() <= now,
    decidedAt: w.decidedAt?.toISOString() ?? null,
    createdAt: w.createdAt.toISOString(),
  }));
}
