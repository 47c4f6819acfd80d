import type { TUser, TUserDirectoryEntry } from "@/lib/schemas/user";

/** Admins read full records; everyone else the directory fields. */
export type Person = TUser | TUserDirectoryEntry;

export const isFullRecord = (p: Person): p is TUser => "role" in p;
