// Roles map to permissions in this one table; every handler and page declares the permission it
// needs. Anything not listed is denied (fail closed).
import type { Role } from "@/server/generated/prisma/enums";
import type { PERMISSIONS } from "@/lib/schemas/enums";

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  VIEWER: ["catalog:read", "self:manage"],
  ENGINEER: ["catalog:read", "catalog:write", "self:manage"],
  ADMIN: ["catalog:read", "catalog:write", "users:manage", "self:manage", "standards:manage"],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
