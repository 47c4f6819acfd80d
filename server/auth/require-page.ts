import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPageActor } from "./get-actor";
import { can, type Permission } from "./permissions";
import type { Actor } from "./actor";

/**
 * The page-side guard: every page under app/(app) calls it. No session → /login;
 * a role without the permission → /forbidden. The API enforces the same rules independently.
 */
export async function requirePage(permission: Permission): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) {
    // Set by proxy.ts: where the visitor was going, to return there after sign-in.
    const path = (await headers()).get("x-junction-path");
    redirect(path && path !== "/" ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login");
  }
  if (!can(actor.role, permission)) redirect("/forbidden");
  return actor;
}
