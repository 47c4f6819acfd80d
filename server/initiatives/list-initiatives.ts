import "server-only";
import { db } from "@/server/db";
import type { TPage } from "@/lib/schemas/common";
import type { TInitiative, TInitiativeListQuery } from "@/lib/schemas/initiative";
import { orderByArg, pageArgs, searchWhere } from "@/server/shared/list-args";
import { settleAllCompliance } from "@/server/compliance/settle-compliance";
import { initiativeSelect, toInitiative } from "./initiative-select";
import { measureInitiative } from "./measure-initiative";

export type ListInitiativesOptions = { query: TInitiativeListQuery };

/** Soonest deadline first (or as sorted), each with its progress now. */
export async function listInitiatives({ query }: ListInitiativesOptions): Promise<TPage<TInitiative>> {
  await settleAllCompliance();
  const where = { appliesTo: query.appliesTo, ...searchWhere(query.q, ["name", "description"]) };
  const [rows, total] = await Promise.all([
    db().initiative.findMany({ where, select: initiativeSelect, orderBy: orderByArg(query.sort), ...pageArgs(query) }),
    db().initiative.count({ where }),
  ]);
  const items = await Promise.all(rows.map(async (row) => toInitiative(row, await measureInitiative({ initiative: row }))));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
