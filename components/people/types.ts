import type { TUser } from "@/lib/schemas/user";
import type { Person } from "@/lib/queries/people";

export type { Person };

export const isFullRecord = (p: Person): p is TUser => "role" in p;
