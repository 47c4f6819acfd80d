import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import type { TUserListQuery } from "@/lib/schemas/user";
import { inFilter, orderByArg, pageArgs, searchWhere } from "@/server/shared/list-args";
import { userDirectorySelect, userSelect } from "./user-select";

export type ListUsersOptions = { actor: Actor; query: TUserListQuery };

// People who never signed in sort after everyone who did, whichever the direction.
function userOrderBy(sort: string): Prisma.UserOrderByWithRelationInput[] {
  if (sort.replace(/^-/, "") !== "lastLoginAt") return orderByArg(sort);
  return [{ lastLoginAt: { sort: sort.startsWith("-") ? "desc" : "asc", nulls: "last" } }, { id: "asc" }];
}

/** Admins get full records; everyone else only the directory fields (id, name, email, active). */
export async function listUsers({ actor, query }: ListUsersOptions) {
  const where: Prisma.UserWhereInput = {
    ...searchWhere(query.q, ["name", "email"]),
    active: query.active,
    role: inFilter(query.role),
  };
  const select = can(actor.role, "users:manage") ? userSelect : userDirectorySelect;
  const [items, total] = await Promise.all([
    db().user.findMany({ where, select, orderBy: userOrderBy(query.sort), ...pageArgs(query) }),
    db().user.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
