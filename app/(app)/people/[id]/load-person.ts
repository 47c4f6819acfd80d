import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getUser } from "@/server/users/get-user";
import { AppError } from "@/server/http/app-error";
import type { Person } from "@/components/people/types";

/** The person for the page, as GET /api/v1/users/{id} shows them to this actor; null when unknown. */
export async function loadPerson({ actor, id }: { actor: Actor; id: string }): Promise<Person | null> {
  if (id.length > 64) return null;
  try {
    // JSON round trip: dates become ISO strings, as the API shows them.
    return JSON.parse(JSON.stringify(await getUser({ actor, id }))) as Person;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
