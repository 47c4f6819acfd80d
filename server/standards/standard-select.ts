import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TCheck, TScope, TStandard, TStandardText } from "@/lib/schemas/standard";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const STANDARD_ENTITY = { type: "STANDARD", name: "standard" } satisfies VersionedEntity;

export const standardSelect = {
  id: true, key: true, text: true, category: true, severity: true, appliesTo: true, scope: true, checkKind: true,
  check: true, goodExample: true, badExample: true, active: true, version: true, createdAt: true, updatedAt: true,
} satisfies Prisma.StandardSelect;

type StandardRow = Prisma.StandardGetPayload<{ select: typeof standardSelect }>;

/** The API shape. The JSON columns were validated by the zod schemas on the way in. */
export const toStandard = ({ checkKind: _kind, ...row }: StandardRow): TStandard => ({
  ...row,
  text: row.text as TStandardText,
  scope: row.scope as TScope,
  check: row.check as TCheck,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
