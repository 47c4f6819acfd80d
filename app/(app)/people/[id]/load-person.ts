// Stopgap: the API has no GET /api/v1/users/{id} yet, so the page reads the one user here with the
// same selects and the same admin/directory split as GET /api/v1/users. Replace with a
// server/users/get-user.ts (and that endpoint) once it exists.
import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { userDirectorySelect, userSelect } from "@/server/users/user-select";
import type { Person } from "@/components/people/types";

export async function loadPerson({ actor, id }: { actor: Actor; id: string }): Promise<Person | null> {
  if (id.length > 64) return null;
  const select = can(actor.role, "users:manage") ? userSelect : userDirectorySelect;
  const row = await db().user.findUnique({ where: { id }, select });
  // JSON round trip: dates become ISO strings, as the API shows them.
  return row ? (JSON.parse(JSON.stringify(row)) as Person) : null;
}
