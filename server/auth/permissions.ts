// Roles map to permissions in this one table; every handler and page declares the permission it
// needs. Anything not listed is denied (fail closed).
import type { Role, TokenScope } from "@/server/generated/prisma/enums";
import type { PERMISSIONS } from "@/lib/schemas/enums";
import type { Actor } from "./actor";

export type Permission = (typeof PERMISSIONS)[number];

// No role holds health:ingest or metrics:read, admins included: those are for machines, through
// the scoped tokens admins create. Telemetry writes are not audited (README, Health ingestion), so
// they are kept away from every credential a person signs in or works with.
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  VIEWER: ["catalog:read", "self:manage"],
  ENGINEER: ["catalog:read", "catalog:write", "self:manage", "alerts:respond"],
  ADMIN: ["catalog:read", "catalog:write", "users:manage", "self:manage", "standards:manage", "alerts:respond", "alerts:manage"],
};

/** A scoped token can do exactly one thing; a FULL token acts with its user's role. */
export const SCOPE_PERMISSIONS: Record<Exclude<TokenScope, "FULL">, Permission> = {
  INGEST: "health:ingest",
  SCRAPE: "metrics:read",
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** What the handler asks: the scope first (a scoped token never falls back to its creator's role). */
export function actorCan(actor: Actor, permission: Permission): boolean {
  if (actor.scope !== "FULL") return SCOPE_PERMISSIONS[actor.scope] === permission;
  return can(actor.role, permission);
}
