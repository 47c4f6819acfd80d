import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TSystemListQuery } from "@/lib/schemas/system";
import { inFilter, orderByArg, pageArgs, searchTextWhere } from "@/server/shared/list-args";
import { systemSelect } from "./system-select";

export type ListSystemsOptions = { query: TSystemListQuery };

export async function listSystems({ query }: ListSystemsOptions) {
  const where: Prisma.SystemWhereInput = {
    ...searchTextWhere(query.q),
    kind: inFilter(query.kind),
    layer: inFilter(query.layer),
    lifecycle: inFilter(query.lifecycle),
    tier: inFilter(query.tier),
    teamId: query.teamId,
    isThirdParty: query.isThirdParty,
    tags: query.tag ? { has: query.tag } : undefined,
    ...(query.ownerId ? { AND: [{ OR: [{ technicalOwnerId: query.ownerId }, { businessOwnerId: query.ownerId }] }] } : {}),
  };
  const [items, total] = await Promise.all([
    db().system.findMany({ where, select: systemSelect, orderBy: orderByArg(query.sort), ...pageArgs(query) }),
    db().system.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
