import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TInterfaceListQuery } from "@/lib/schemas/interface";
import { inFilter, orderByArg, pageArgs, searchTextWhere } from "@/server/shared/list-args";
import { interfaceResponseSelect, toInterface } from "./interface-select";

export type ListInterfacesOptions = { query: TInterfaceListQuery };

export async function listInterfaces({ query }: ListInterfacesOptions) {
  const { systemId } = query;
  const where: Prisma.InterfaceWhereInput = {
    // endpoint is not in the trigram index (key, name, description), so a search also scans it.
    ...searchTextWhere(query.q),
    style: inFilter(query.style),
    mode: inFilter(query.mode),
    authMethod: inFilter(query.authMethod),
    contractFormat: inFilter(query.contractFormat),
    lifecycle: inFilter(query.lifecycle),
    tier: inFilter(query.tier),
    teamId: query.teamId,
    technicalOwnerId: query.ownerId,
    providerSystemId: query.providerSystemId,
    consumerSystemId: query.consumerSystemId,
    viaSystemId: query.viaSystemId,
    ...(systemId
      ? { AND: [{ OR: [{ providerSystemId: systemId }, { consumerSystemId: systemId }, { viaSystemId: systemId }] }] }
      : {}),
  };
  const [items, total] = await Promise.all([
    db().interface.findMany({ where, select: interfaceResponseSelect, orderBy: orderByArg(query.sort), ...pageArgs(query) }),
    db().interface.count({ where }),
  ]);
  return { items: items.map(toInterface), total, page: query.page, pageSize: query.pageSize };
}
