import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TViewListQuery } from "@/lib/schemas/view";
import { orderByArg, pageArgs, searchWhere } from "@/server/shared/list-args";
import { toView, viewSelect } from "./view-select";

export type ListViewsOptions = { query: TViewListQuery };

export async function listViews({ query }: ListViewsOptions) {
  const where: Prisma.SavedViewWhereInput = {
    ...searchWhere(query.q, ["key", "name", "description"]),
    ownerId: query.ownerId,
  };
  const [rows, total] = await Promise.all([
    db().savedView.findMany({ where, select: viewSelect, orderBy: orderByArg(query.sort), ...pageArgs(query) }),
    db().savedView.count({ where }),
  ]);
  const items = rows.map((row) => {
    const { positions, ...view } = toView(row);
    return { ...view, positionCount: positions?.length ?? 0 };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
