import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const USER_ENTITY = { type: "USER", name: "user" } satisfies VersionedEntity;

/** The full user record as the API shows it. Never the password hash. */
export const userSelect = {
  id: true, email: true, name: true, role: true, active: true, locale: true,
  lastLoginAt: true, createdAt: true, updatedAt: true, version: true,
} satisfies Prisma.UserSelect;

/** What any signed-in user may see of others (owner pickers). */
export const userDirectorySelect = { id: true, name: true, email: true, active: true } satisfies Prisma.UserSelect;
