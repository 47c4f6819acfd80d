import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TTeamListQuery } from "@/lib/schemas/team";
import { orderByArg, pageArgs, searchWhere } from "@/server/shared/list-args";
import { teamSelect, toTeam } from "./team-select";

export type ListTeamsOptions = { query: TTeamListQuery };

export async function listTeams({ query }: ListTeamsOptions) {
  const where: Prisma.TeamWhereInput = {
    ...searchWhere(query.q, ["key", "name", "description"]),
    members: query.memberId ? { some: { userId: query.memberId } } : undefined,
  };
  const [rows, total] = await Promise.all([
    db().team.findMany({ where, select: teamSelect, orderBy: orderByArg(query.sort), ...pageArgs(query) }),
    db().team.count({ where }),
  ]);
  return { items: rows.map(toTeam), total, page: query.page, pageSize: query.pageSize };
}
